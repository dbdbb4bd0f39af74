// Addresses in a real browser: tampered or foreign addresses show the first question in a sensible
// language and are normalised to the one address of that language; "/" follows the browser's language.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Browser, withBrowser, expectScreen, headingText, htmlLang, openApp, pathOf, tr, type Language } from './support.ts';

let page: Page;
// A German browser: not one of the three languages, so Dutch is the fallback everywhere.
const browser = withBrowser({ locale: 'de-DE' });

async function expectFirstQuestion(page: Page, language: Language) {
  await expectScreen(page, 'danger');
  expect(await htmlLang(page), '<html lang>').toBe(language);
  expect(await headingText(page)).toBe(tr(language, 'question.danger.title'));
  await expect.poll(() => pathOf(page), { timeout: 3_000 }).toBe(`/${language}/`);
  expect(await page.locator('[data-screen="error"], [data-screen="result"]').count()).toBe(0);
  expect((await page.title()).trim()).not.toBe('');
}

describe('tampered addresses', () => {
  const cases: [string, Language][] = [
    ['/de/', 'nl'],
    ['/xx/yy', 'nl'],
    ['/nl/?answers=host&lang=en', 'nl'],
    ['/uk/#result', 'uk'],
    ['/en/age', 'en'],
    ['/', 'nl'],
  ];
  it.each(cases)('%s shows the first question in %s at its own address', async (path, language) => {
    page = await browser().newPage();
    await openApp(page, path);
    await expectFirstQuestion(page, language);
  });
});

describe('the browser language on "/"', () => {
  it.each([
    ['uk-UA', 'uk'],
    ['en-GB', 'en'],
    // Common on Ukrainian refugees' phones: Ukrainian serves them better than Dutch.
    ['ru-RU', 'uk'],
    ['be-BY', 'uk'],
  ] as [string, Language][])('a %s browser gets /%s/', async (locale, language) => {
    const other = await Browser.open({ locale });
    try {
      const otherPage = await other.newPage();
      await openApp(otherPage, '/');
      await expectFirstQuestion(otherPage, language);
      // The language switch stays one tap away.
      expect(await otherPage.locator('[data-lang]').count()).toBe(3);
      other.checkAndReset();
    } finally {
      await other.close();
    }
  });
});

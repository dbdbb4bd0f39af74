// One history: the in-app Back (data-back) and the browser's Back are the same step. Going back never adds
// an entry, a Back after an in-app Back goes further back (never forward through the questions again), and
// a visit never holds more than two entries of the app (the first, and one ahead of it).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, STAPHORST_PATH, appOrigin, axFocused, expectScreen, openApp, openEarly, said, walk, withBrowser } from './support.ts';

let page: Page;
const browser = withBrowser();

/** The tab's history as Chromium keeps it: how many entries, how many of them the app's, and where we are. */
async function history(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
    return { length: entries.length, ours: entries.filter((e) => e.url.startsWith(appOrigin())).length, current: currentIndex };
  } finally {
    await cdp.detach();
  }
}

const inAppBack = async (page: Page) => page.locator('[data-back]').click();

describe('one history', () => {
  it('in-app Back and browser Back are one step: no entry added, and Back after in-app Back goes further back', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    expect((await history(page)).ours).toBe(1);
    await walk(page, STAPHORST_PATH.slice(0, 4), 'suspect');
    const walked = await history(page);
    expect(walked.ours, 'app entries after four answers').toBe(2);

    await inAppBack(page);
    await expectScreen(page, 'concern');
    await inAppBack(page);
    await expectScreen(page, 'age');
    expect(await history(page), 'in-app Back adds no entry').toEqual(walked);

    await page.goBack();
    await expectScreen(page, 'role');
    await page.goBack();
    await expectScreen(page, 'danger');
    expect((await history(page)).length, 'browser Back adds no entry').toBe(walked.length);
    // On the first question there is nothing to go back to in the app: Back leaves it.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  it('forward after going back is not a way back into the answers', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH.slice(0, 2), 'age');
    await page.goBack();
    await expectScreen(page, 'role');
    await page.goBack();
    await expectScreen(page, 'danger');
    await page.goForward();
    // The entry ahead is stepped off at once: the first question stays.
    await expect.poll(() => page.evaluate(() => (window.history.state as { pluis?: string } | null)?.pluis)).toBe('first');
    await expectScreen(page, 'danger');
    expect((await history(page)).ours).toBeLessThanOrEqual(2);
  });

  it('the safety page is a screen of the same history: Back returns to the screen it was opened from', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH.slice(0, 2), 'age');
    const before = await history(page);
    await page.locator('[data-safety]').click();
    await expectScreen(page, 'safety');
    expect(await history(page)).toEqual(before);
    await page.goBack();
    await expectScreen(page, 'age');
    await page.locator('[data-safety]').click();
    await expectScreen(page, 'safety');
    await inAppBack(page);
    await expectScreen(page, 'age');
    expect(await page.locator('[data-option="age:4-12"]').count()).toBe(1);
    expect(await history(page)).toEqual(before);
  });

  it('"start again" and "change" go through the same history', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH, 'result');
    // Once the advice is there (its words load after the first screen), nothing moves under the pointer.
    await page.locator('[data-advice]').first().waitFor({ state: 'visible' });
    const before = await history(page);
    await page.locator('[data-change="age"]').click();
    await expectScreen(page, 'age');
    await page.goBack();
    await expectScreen(page, 'role');
    // Every answer is still there: the same answer again goes straight back to the result.
    await page.locator('[data-option="role:host"]').click();
    await expectScreen(page, 'result');
    await page.locator('[data-restart]').click();
    await expectScreen(page, 'danger');
    await expect.poll(async () => (await history(page)).current).toBe(before.current - 1);
    expect((await history(page)).length).toBe(before.length);
  });
});

describe('focus follows the browser’s Back', () => {
  it.each(LANGUAGES)(
    'in %s: wherever focus was (a language link, quick exit), it moves to the heading of the screen Back shows',
    async (language) => {
      page = await browser().newPage();
      const other = language === 'en' ? 'nl' : 'en';
      const heading = (question: string) => `heading: ${said(language, `question.${question}.title`)}`;
      await openApp(page, `/${language}/`);
      await walk(page, STAPHORST_PATH.slice(0, 2), 'age');
      await page.locator(`a[data-lang="${other}"]`).focus();
      await page.goBack();
      await expectScreen(page, 'role');
      await expect.poll(() => axFocused(page)).toContain(heading('role'));
      await page.locator('[data-quick-exit]').focus();
      await page.goBack();
      await expectScreen(page, 'danger');
      await expect.poll(() => axFocused(page)).toContain(heading('danger'));

      // Before the app's script, the early walker does the same.
      const early = await browser().newPage();
      await openEarly(early, `/${language}/`);
      await early.locator('[data-option="danger:no"]').click();
      await expectScreen(early, 'role');
      await early.locator(`a[data-lang="${other}"]`).focus();
      await early.goBack();
      await expectScreen(early, 'danger');
      await expect.poll(() => axFocused(early)).toContain(heading('danger'));
    },
  );
});

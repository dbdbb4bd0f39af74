// What a screen-reader user hears and where their focus is, read from Chromium's accessibility tree (CDP):
// the municipality search when its list is late, empty, malformed or fails; the advice's own retry; the
// progress with each heading; names, descriptions and landmarks; the language switch; Dutch as Dutch.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  Browser,
  LANGUAGES,
  STAPHORST_PATH,
  axAll,
  axFocused,
  axStatus,
  axTree,
  expectSaid,
  expectScreen,
  landmarks,
  openApp,
  tr,
  walk,
  withBrowser,
  type Language,
  type Step,
  said,
} from './support.ts';

// No service worker: every request reaches the routes below.
const browser = withBrowser({ serviceWorkers: 'block' });
const LIST = /\/assets\/municipalities-[^/]+\.json$/;
const RESULT_WORDS = /\/assets\/result-[^/]+\.json$/;
const TO_MUNICIPALITY: Step[] = STAPHORST_PATH.slice(0, 5);

/** The status words as one text, with the marks of TaggedText and i18next's {{…}} filled in. */
async function toMunicipality(page: Page, language: Language = 'nl') {
  await openApp(page, `/${language}/`);
  await walk(page, TO_MUNICIPALITY, 'municipality');
  const box = page.getByRole('combobox');
  await box.focus();
  return box;
}

describe('the municipality list that is late, empty, malformed or fails', () => {
  it('never arrives: "loading" (busy) while typing, never "nothing found"; then failed, try again, loaded — focus kept', async () => {
    const page = await browser().newPage();
    const waiting: Route[] = [];
    await page.route(LIST, (route) => void waiting.push(route));
    await toMunicipality(page);
    await page.keyboard.type('Utr');
    await expectSaid(page, tr('nl', 'ui.municipality.loading'));
    expect(await page.getByRole('listbox', { includeHidden: true }).getAttribute('aria-busy')).toBe('true');
    // Said once typing paused: what the status says now is what it says while the list loads.
    expect((await axStatus(page)).join(' ')).not.toContain('Geen gemeente gevonden');
    await expect.poll(() => axFocused(page)).toBe(`combobox: ${tr('nl', 'ui.municipality.label')}`);

    // Given up after 8 s: said, and focus still in the box.
    await expectSaid(page, tr('nl', 'ui.municipality.loadError'), 12_000);
    await expect.poll(() => axFocused(page)).toBe(`combobox: ${tr('nl', 'ui.municipality.label')}`);
    await page.keyboard.type('echt');

    // Try again with the keyboard: focus returns to the box, and the list that comes is announced.
    await page.unroute(LIST);
    await page.keyboard.press('Tab');
    await expect.poll(() => axFocused(page)).toBe(`button: ${tr('nl', 'ui.municipality.retry')}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => axFocused(page)).toBe(`combobox: ${tr('nl', 'ui.municipality.label')}`);
    await expectSaid(page, tr('nl', 'ui.municipality.loaded'));
    for (const route of waiting) await route.abort().catch(() => undefined);
  });

  it.each([
    ['empty', JSON.stringify({ municipalities: [], aliases: [] })],
    ['malformed', '{"municipalities": [["GM0180", "Staph'],
    ['not a list', JSON.stringify({ municipalities: 'Staphorst' })],
  ])('arrives %s: failed, said, try again works; nothing throws', async (_, body) => {
    const page = await browser().newPage();
    await page.route(LIST, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await toMunicipality(page);
    await page.keyboard.type('Staph');
    await expectSaid(page, tr('nl', 'ui.municipality.loadError'));
    await expect.poll(() => axFocused(page)).toBe(`combobox: ${tr('nl', 'ui.municipality.label')}`);
    await page.unroute(LIST);
    await page.getByRole('button', { name: tr('nl', 'ui.municipality.retry') }).click();
    await expect.poll(() => axFocused(page)).toBe(`combobox: ${tr('nl', 'ui.municipality.label')}`);
    await expectSaid(page, tr('nl', 'ui.municipality.loaded'));
    await expect.poll(async () => (await axStatus(page)).join(' ')).toMatch(/\d+ gemeenten? gevonden/);
  });
});

describe('the municipality combobox', () => {
  it('says the count once typing pauses, with arrow keys on a desktop; ArrowDown opens a closed list; Enter says why it did nothing', async () => {
    const page = await browser().newPage();
    await toMunicipality(page, 'en');
    // The list is there (fetched after the first answer); typing fast says nothing until the pause.
    await page.keyboard.type('Zw', { delay: 50 });
    expect(await axStatus(page)).toEqual([]);
    await expectSaid(page, tr('en', 'ui.municipality.chooseKeys'));
    const heard = (await axStatus(page)).join(' ');
    expect(heard).toMatch(/\d+ municipalities found\./);

    await page.keyboard.press('Enter');
    await expectSaid(page, tr('en', 'ui.municipality.chooseOne'));

    await page.keyboard.press('Escape');
    expect(axAll(await axTree(page), (n) => n.role === 'combobox')[0].properties.expanded).toBe(false);
    await page.keyboard.press('ArrowDown');
    const box = axAll(await axTree(page), (n) => n.role === 'combobox')[0];
    expect(box.properties.expanded).toBe(true);
    const selected = axAll(await axTree(page), (n) => n.role === 'option' && n.properties.selected === true);
    expect(
      selected.map((n) => n.name),
      'the first match is active',
    ).toHaveLength(1);
    await page.keyboard.press('Enter');
    await expectScreen(page, 'result');
  });

  it('on a touch phone says "tap", not "arrow keys"', async () => {
    const phone = await Browser.open({ phone: true, serviceWorkers: 'block' });
    try {
      const page = await phone.newPage();
      await openApp(page, '/uk/');
      await walk(page, TO_MUNICIPALITY, 'municipality');
      await page.getByRole('combobox').fill('Зволле');
      await expectSaid(page, tr('uk', 'ui.municipality.chooseTap'));
      expect((await axStatus(page)).join(' ')).not.toContain(tr('uk', 'ui.municipality.chooseKeys'));
    } finally {
      await phone.close();
    }
  });
});

describe("the advice's own retry", () => {
  it('keeps focus: on the status while loading, on the heading when the advice comes, which is announced', async () => {
    const page = await browser().newPage();
    await page.route(RESULT_WORDS, (route) => route.abort());
    await openApp(page, '/en/');
    await walk(page, STAPHORST_PATH, 'result');
    const retry = page.getByRole('button', { name: tr('en', 'ui.municipality.retry') });
    await retry.waitFor();
    await expectSaid(page, tr('en', 'ui.result.loadError'));
    // What does not need the advice is there meanwhile: the answers to change, copy, print and start again.
    expect(await page.locator('[data-change]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-copy-summary], [data-print], [data-restart]').count()).toBe(3);

    await retry.focus();
    await page.keyboard.press('Enter');
    // Still failing: focus on the status, which says so.
    await expect.poll(() => axFocused(page)).toMatch(/^status/);
    await expectSaid(page, tr('en', 'ui.result.loadError'));

    await page.unroute(RESULT_WORDS);
    await retry.focus();
    await page.keyboard.press('Enter');
    await expectSaid(page, tr('en', 'ui.result.loaded'));
    await expect.poll(() => axFocused(page)).toBe(`heading: ${tr('en', 'ui.result.title')}`);
    expect(await page.locator('[data-contact="staphorst-oekraine"]').count()).toBe(1);
  });
});

describe('progress, names and landmarks', () => {
  it.each(LANGUAGES)('in %s: the progress is heard with each heading, and its total never grows', async (language) => {
    const page = await browser().newPage();
    await openApp(page, `/${language}/`);
    const path: Step[] = [
      ['danger', 'no'],
      ['role', 'neighbour'],
      ['age', 'adult'],
      ['concern', 'exploitation'],
      ['exploitation-form', 'labour'],
      ['suspect', 'employer'],
    ];
    const heard: string[] = [];
    for (const [question, option] of path) {
      await expectScreen(page, question);
      const h1 = axAll(await axTree(page), (n) => n.role === 'heading' && n.properties.level === 1)[0];
      heard.push(h1.name);
      await page.locator(`[data-option="${question}:${option}"]`).click();
      await page.locator(`[data-question="${question}"]`).waitFor({ state: 'detached' });
    }
    const totals = heard.map((name) => [...name.matchAll(/\d+/g)].map(Number).slice(1));
    expect(heard[0]).toContain(said(language, 'ui.progressRange', { current: 1, min: 6, max: 8 }));
    // The form of exploitation may still lead to the question on physical contact: 7 or 8 in all.
    expect(heard[4]).toContain(said(language, 'ui.progressRange', { current: 5, min: 7, max: 8 }));
    for (let i = 1; i < totals.length; i += 1)
      expect(Math.max(...totals[i]), heard.join(' | ')).toBeLessThanOrEqual(Math.max(...totals[i - 1]));
    // Focus lands on the heading that says it (after an answer, not on the page's first screen).
    await expect.poll(() => axFocused(page)).toContain(said(language, 'ui.progress', { current: 7, total: 7 }));
  });

  it('hints are descriptions, not part of the name; one name per question; Back is just "Back"', async () => {
    const page = await browser().newPage();
    await openApp(page, '/en/');
    await walk(page, [['danger', 'no']], 'role');
    const tree = await axTree(page);
    const host = axAll(tree, (n) => n.role === 'button' && n.name === tr('en', 'question.role.option.host'));
    expect(host, 'the host button is named by its label alone').toHaveLength(1);
    expect(host[0].description).toBe(tr('en', 'question.role.hint.host'));
    expect(axAll(tree, (n) => n.role === 'button' && n.name === tr('en', 'ui.back'))).toHaveLength(1);
    expect(await landmarks(page)).toEqual(['banner', `navigation ${tr('en', 'ui.language')}`, 'main', 'contentinfo']);
  });

  it('the longest result has a few landmarks, not one per card and block; the safety page no empty footer', async () => {
    const page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, [['danger', 'yes']], 'acute');
    await page.locator('[data-continue]').click();
    await walk(
      page,
      [
        ['role', 'professional'],
        ['age', '0-4'],
        ['concern', 'exploitation'],
        ['exploitation-form', 'unsure'],
        ['suspect', 'partner'],
        ['municipality', 'GM0180'],
      ],
      'result',
    );
    await page.locator('[data-advice]').first().waitFor();
    const found = await landmarks(page);
    console.log(
      `landmarks on the longest result (${await page.locator('[data-advice]').count()} advice blocks, ${await page.locator('[data-contact]').count()} contacts): ${found.length}: ${found.join(', ')}`,
    );
    expect(found).toEqual(['banner', `navigation ${tr('nl', 'ui.language')}`, 'main', 'contentinfo']);

    await page.locator('[data-safety]').click();
    await expectScreen(page, 'safety');
    const safety = await landmarks(page);
    expect(safety).toEqual(['banner', `navigation ${tr('nl', 'ui.language')}`, 'main']);
  });
});

describe('call links, Dutch words and the language switch', () => {
  it('a language switch is announced; Dutch inside en carries lang="nl"', async () => {
    const page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, [['danger', 'no']], 'role');
    await page.locator('[data-lang="en"]').focus();
    await page.keyboard.press('Enter');
    await expectSaid(page, tr('en', 'ui.languageChanged'));
    await expect.poll(() => axFocused(page)).toBe('link: English');

    // The <noscript> text of the en page, and a Dutch label quoted in the advice.
    const html = await (await page.request.get(new URL('/en/', page.url()).href)).text();
    expect(html).toMatch(/<noscript>\s*<p lang="nl">/);
    await walk(
      page,
      [
        ['role', 'neighbour'],
        ['age', 'adult'],
        ['concern', 'exploitation'],
        ['exploitation-form', 'labour'],
        ['suspect', 'employer'],
        ['municipality', 'unknown'],
      ],
      'result',
    );
    await expect
      .poll(() => page.locator('[data-advice="signs-trafficking"] [lang="nl"]').allInnerTexts())
      .toEqual(['signalenkaart', 'Mensenhandel']);
    await expect.poll(() => page.locator('a[href^="tel:"] [lang="nl"]').count()).toBeGreaterThan(0);
  });

  it('the summary to copy by hand has its Dutch part in a field of its own, with lang="nl"', async () => {
    const page = await browser().newPage();
    await openApp(page, '/uk/');
    await walk(page, STAPHORST_PATH, 'result');
    // No clipboard here: the summary is shown to copy by hand.
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
    );
    await page.locator('[data-copy-summary]').click();
    const fields = page.getByRole('textbox');
    await expect.poll(() => fields.count()).toBe(2);
    expect(await fields.nth(0).getAttribute('lang')).toBe('nl');
    expect(await fields.nth(0).inputValue()).toContain('Contactgegevens');
    expect(await fields.nth(1).getAttribute('lang')).toBeNull();
  });
});

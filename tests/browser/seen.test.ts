// What is seen, measured in the pixels Chromium draws (png.ts): focus on every kind of control changes at least
// a 2 px line as long as the control is wide by 3:1 or more against what was there, quick exit first; in
// forced colours (Windows high contrast) focus, the option under the arrow keys and the chosen answer still
// show; with the text made twice as large (the browser's text size, not its zoom) a 360 px screen never
// scrolls sideways and the sticky header takes at most a quarter of it. In nl, uk and en.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrast, readPng, type Pixels } from './png.ts';
import { LANGUAGES, STAPHORST_PATH, answer, expectScreen, openApp, openEarly, settled, withBrowser, type Language } from './support.ts';

const browser = withBrowser({ serviceWorkers: 'block' });
const QUERY: Record<Language, string> = { nl: 'Staph', uk: 'Стапх', en: 'Staph' };
/** Room around a control for its ring (an outline 3 px wide, 2 px away, or a bar 4 px below). */
const AROUND = 8;

async function pixelsOf(page: Page, control: Locator): Promise<Pixels> {
  const box = (await control.boundingBox())!;
  const clip = {
    x: Math.max(0, box.x - AROUND),
    y: Math.max(0, box.y - AROUND),
    width: box.width + 2 * AROUND,
    height: box.height + 2 * AROUND,
  };
  return readPng(await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }));
}

/** How many pixels differ by at least 3:1 between two pictures of the same place. */
function changedAtLeast3to1(before: Pixels, after: Pixels): number {
  let count = 0;
  for (let y = 0; y < Math.min(before.height, after.height); y += 1)
    for (let x = 0; x < Math.min(before.width, after.width); x += 1) if (contrast(before.rgb(x, y), after.rgb(x, y)) >= 3) count += 1;
  return count;
}

/**
 * Focuses `control` as the keyboard does (:focus-visible) and compares it with the control unfocused: the
 * pixels that change by 3:1 or more must add up to at least a 2 px line as long as the control is wide, or,
 * `all round`, as much as a 2 px line all round it (WCAG 2.4.13's area: what quick exit must meet).
 */
async function expectFocusSeen(page: Page, control: Locator, what: string, { allRound = false } = {}) {
  await control.scrollIntoViewIfNeeded();
  await control.evaluate((element) => (element as HTMLElement).blur());
  await settled(page);
  const before = await pixelsOf(page, control);
  // After a key press, focus moved by script is shown as the keyboard's (:focus-visible), as after Tab.
  await control.focus();
  expect(await control.evaluate((element) => element.matches(':focus-visible')), `${what} shows keyboard focus`).toBe(true);
  await settled(page);
  const after = await pixelsOf(page, control);
  const { width, height } = (await control.boundingBox())!;
  expect(changedAtLeast3to1(before, after), `${what}: pixels changed by 3:1 or more when focused`).toBeGreaterThanOrEqual(
    Math.round(allRound ? 2 * 2 * (width + height) : 2 * width),
  );
}

/** Answers by keyboard, so that focus moved by script later still shows as the keyboard's. */
async function keyAnswer(page: Page, question: string, option: string, language: Language) {
  await expectScreen(page, question);
  if (question === 'municipality') {
    await page.getByRole('combobox').pressSequentially(QUERY[language]);
    await page.locator(`[data-option="municipality:${option}"]`).waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator(`[data-option="municipality:${option}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
  } else await page.locator(`[data-option="${question}:${option}"]`).press('Enter');
  await page.locator(`[data-question="${question}"]`).waitFor({ state: 'detached' });
}

describe('focus can be seen, on every kind of control', () => {
  it.each(LANGUAGES)('in %s, and in forced colours', async (language: Language) => {
    const page = await browser().newPage();
    for (const forcedColors of ['none', 'active'] as const) {
      const mode = forcedColors === 'active' ? ' (forced colours)' : '';
      await page.emulateMedia({ forcedColors });
      await openApp(page, `/${language}/`);
      await page.keyboard.press('Tab');
      await expectFocusSeen(page, page.locator('[data-quick-exit]'), `quick exit${mode}`, { allRound: true });
      await expectFocusSeen(page, page.locator('a[data-lang]').last(), `a language link${mode}`);
      await expectFocusSeen(page, page.locator('[data-option="danger:no"]'), `an answer${mode}`);
      await expectFocusSeen(page, page.locator('[data-safety]'), `the safety link${mode}`);
      await expectFocusSeen(page, page.locator('main h1'), `the question's heading${mode}`);
      await page.locator('[data-option="danger:no"]').press('Enter');
      await expectScreen(page, 'role');
      await expectFocusSeen(page, page.locator('[data-back]').first(), `Back${mode}`);
      for (const [question, option] of STAPHORST_PATH.slice(1, 5)) await keyAnswer(page, question, option, language);
      await expectScreen(page, 'municipality');
      await expectFocusSeen(page, page.getByRole('combobox'), `the municipality box${mode}`);
      await keyAnswer(page, 'municipality', 'GM0180', language);
      await expectScreen(page, 'result');
      await expectFocusSeen(page, page.locator('a[href^="tel:"]').first(), `a call link${mode}`);
      await expectFocusSeen(page, page.locator('[data-change]').first(), `a change link${mode}`);
      await expectFocusSeen(page, page.locator('[data-copy-summary]'), `copy summary${mode}`);
    }
  });
});

describe('in forced colours', () => {
  it.each(LANGUAGES)('in %s: the chosen answer and the option under the arrow keys stand out', async (language: Language) => {
    const page = await browser().newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await openApp(page, `/${language}/`);
    // The same answer, not chosen, then chosen (back to its question: focus is on the heading, not on it).
    const no = page.locator('[data-option="danger:no"]');
    const unchosen = await pixelsOf(page, no);
    await no.press('Enter');
    await expectScreen(page, 'role');
    await page.locator('[data-back]').first().press('Enter');
    await expectScreen(page, 'danger');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await settled(page);
    const { width } = (await no.boundingBox())!;
    expect(changedAtLeast3to1(unchosen, await pixelsOf(page, no)), 'the chosen answer differs').toBeGreaterThanOrEqual(2 * width);

    // The same match of the municipality list, then under the arrow keys.
    await no.press('Enter');
    for (const [question, option] of STAPHORST_PATH.slice(1, 5)) await answer(page, question, option);
    await expectScreen(page, 'municipality');
    await page.getByRole('combobox').pressSequentially(QUERY[language]);
    const match = page.locator('[data-option="municipality:GM0180"]');
    await match.waitFor();
    await settled(page);
    const plain = await pixelsOf(page, match);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => match.getAttribute('aria-selected')).toBe('true');
    await settled(page);
    const active = await pixelsOf(page, match);
    expect(changedAtLeast3to1(plain, active), 'the active option differs').toBeGreaterThanOrEqual(2 * (await match.boundingBox())!.width);
  });
});

describe('text twice as large on a 360 px phone', () => {
  /** The browser's text size at 200 %: its default font size, from 16 px to 32 px (not the page's zoom). */
  const textAt200 = async (page: Page) => {
    const cdp = await page.context().newCDPSession(page);
    // The session stays open with the page: Chromium drops the setting when it is detached.
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  };
  const measure = (page: Page) =>
    page.evaluate(() => {
      const header = document.querySelector('.site-header')!;
      return {
        wide: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
        sticky: getComputedStyle(header).position === 'sticky',
        header: header.getBoundingClientRect().height,
        // The innermost elements that stick out, for the failure message.
        out: [...document.body.querySelectorAll('*')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 0.5))
          .map((element) => `${element.outerHTML.slice(0, 90)} (${Math.round(element.getBoundingClientRect().right)} px)`)
          .slice(0, 5),
      };
    });
  async function expectFits(page: Page, screen: string) {
    const { wide, sticky, header, out } = await measure(page);
    expect(wide, `${screen}: wider than the screen, by ${out.join(', ')}`).toBeLessThanOrEqual(360);
    if (sticky) expect(header, `${screen}: the sticky header`).toBeLessThanOrEqual(740 / 4);
  }

  it.each(LANGUAGES)('in %s: no sideways scrolling on any screen, the sticky header a quarter at most', async (language: Language) => {
    const early = await browser().newPage();
    await textAt200(early);
    const release = await openEarly(early, `/${language}/`);
    expect(await early.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), 'text at 200 %').toBe(36);
    await expectFits(early, 'danger, before the script');
    release();

    const page = await browser().newPage();
    await textAt200(page);
    await openApp(page, `/${language}/`);
    await page.locator('[data-option="danger:yes"]').click();
    await expectScreen(page, 'acute');
    await expectFits(page, 'acute');
    await page.goBack();
    await page.locator('[data-safety]').click();
    await expectScreen(page, 'safety');
    await expectFits(page, 'safety');
    await page.goBack();
    for (const [question, option] of STAPHORST_PATH) {
      await expectScreen(page, question);
      await expectFits(page, question);
      await answer(page, question, option, QUERY[language]);
    }
    await expectScreen(page, 'result');
    await page.locator('[data-advice]').first().waitFor();
    await expectFits(page, 'result');

    // The error screen: the result's cards cannot write dates, as a bug would have it.
    await page.evaluate(() =>
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        get() {
          throw new Error('test: a screen that breaks');
        },
      }),
    );
    await page.locator('[data-change="municipality"]').click();
    await answer(page, 'municipality', 'GM0180', QUERY[language]);
    await expectScreen(page, 'error');
    await expectFits(page, 'error');
  });

  it('at the usual text size the header stays on screen, within a quarter of it', async () => {
    const page = await browser().newPage();
    for (const language of LANGUAGES) {
      await openApp(page, `/${language}/`);
      const { sticky, header } = await measure(page);
      expect(sticky).toBe(true);
      expect(header).toBeLessThanOrEqual(740 / 4);
    }
  });
});

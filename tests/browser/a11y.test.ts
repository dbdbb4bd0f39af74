// Accessibility in a real browser: axe-core on every kind of screen in nl, uk and en; the whole check by
// keyboard alone with focus on each new screen's heading; and reflow at 320 CSS px (400% zoom of 1280 px,
// 200% of 640 px) without a horizontal scrollbar.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import {
  Browser,
  withBrowser,
  LANGUAGES,
  STAPHORST_PATH,
  answer,
  axFocused,
  expectSaid,
  expectScreen,
  openApp,
  tr,
  walk,
  type Language,
} from './support.ts';

let page: Page;
const browser = withBrowser();

type AxeSummary = { screen: string; violations: string[]; passes: number; incomplete: string[] };

async function axe(page: Page, screen: string): Promise<AxeSummary> {
  const results = await new AxeBuilder({ page }).analyze();
  return {
    screen,
    violations: results.violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact}) at ${JSON.stringify(node.target)}: ${v.help}`),
    ),
    passes: results.passes.length,
    incomplete: results.incomplete.map((v) => `${v.id} ×${v.nodes.length}`),
  };
}

describe('axe-core on every kind of screen', () => {
  it.each(LANGUAGES)('in %s: no violations', async (language: Language) => {
    page = await browser().newPage();
    const summaries: AxeSummary[] = [];
    await openApp(page, `/${language}/`);
    await expectScreen(page, 'danger');
    summaries.push(await axe(page, 'first question (danger)'));

    await page.locator('[data-safety]').click();
    await expectScreen(page, 'safety');
    summaries.push(await axe(page, 'safety'));
    await page.goBack();
    await expectScreen(page, 'danger');

    await answer(page, 'danger', 'yes');
    await expectScreen(page, 'acute');
    summaries.push(await axe(page, 'acute'));
    await page.locator('[data-continue]').click();

    await walk(page, [['role', 'host']], 'age');
    summaries.push(await axe(page, 'middle question (age)'));

    await walk(
      page,
      [
        ['age', '4-12'],
        ['concern', 'home-violence'],
        ['suspect', 'parent'],
      ],
      'municipality',
    );
    await page.locator('[role="combobox"]').pressSequentially('Sta');
    await page.locator('[data-option^="municipality:GM"]').first().waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowDown');
    summaries.push(await axe(page, 'municipality, combobox open'));

    await page.locator('[data-option="municipality:GM0180"]').click();
    await expectScreen(page, 'result');
    summaries.push(await axe(page, 'result'));

    console.log(
      `axe-core, ${language}:\n` +
        summaries
          .map(
            (s) =>
              `  ${s.screen}: ${s.violations.length} violations, ${s.passes} rules passed` +
              (s.incomplete.length ? `, needs review: ${s.incomplete.join(', ')}` : ''),
          )
          .join('\n'),
    );
    const violations = summaries.flatMap((s) => s.violations.map((v) => `[${language}] ${s.screen}: ${v}`));
    expect(violations, `axe violations:\n${violations.join('\n')}\n`).toEqual([]);
  });
});

function report(language: Language, summaries: AxeSummary[]) {
  console.log(
    `axe-core, ${language}:\n` +
      summaries
        .map(
          (s) =>
            `  ${s.screen}: ${s.violations.length} violations, ${s.passes} rules passed` +
            (s.incomplete.length ? `, needs review: ${s.incomplete.join(', ')}` : ''),
        )
        .join('\n'),
  );
  const violations = summaries.flatMap((s) => s.violations.map((v) => `[${language}] ${s.screen}: ${v}`));
  expect(violations, `axe violations:\n${violations.join('\n')}\n`).toEqual([]);
}

describe('axe-core on the loading, failed and error states', () => {
  const LIST = /\/assets\/municipalities-[^/]+\.json$/;
  const RESULT_WORDS = /\/assets\/result-[^/]+\.json$/;

  it.each(LANGUAGES)("in %s: no violations, and focus on the error screen's heading", async (language: Language) => {
    // No service worker, so that the routes below see every request.
    const own = await Browser.launch({ serviceWorkers: 'block' });
    try {
      const page = await own.newPage();
      const summaries: AxeSummary[] = [];
      const held: Route[] = [];
      await page.route(LIST, (route) => void held.push(route));
      await page.route(RESULT_WORDS, (route) => void held.push(route));
      await openApp(page, `/${language}/`);
      await walk(page, STAPHORST_PATH.slice(0, 5), 'municipality');
      await page.getByRole('combobox').pressSequentially('Sta');
      await expectSaid(page, tr(language, 'ui.municipality.loading'));
      summaries.push(await axe(page, 'municipality, list loading'));

      for (const route of held.splice(0)) await route.abort();
      await expectSaid(page, tr(language, 'ui.municipality.loadError'));
      summaries.push(await axe(page, 'municipality, list failed'));

      await page.unroute(LIST);
      await page.locator('[data-retry]').click();
      await expectSaid(page, tr(language, 'ui.municipality.loaded'));
      await page.locator('[data-option="municipality:GM0180"]').click();
      await expectScreen(page, 'result');
      await expectSaid(page, tr(language, 'ui.result.loading'));
      summaries.push(await axe(page, 'result, advice loading'));
      for (const route of held.splice(0)) await route.abort();
      await expectSaid(page, tr(language, 'ui.result.loadError'));
      summaries.push(await axe(page, 'result, advice failed'));

      // The error screen: a screen that throws while drawing (here, dates cannot be written).
      const broken = await own.newPage();
      await openApp(broken, `/${language}/`);
      await broken.evaluate(() => {
        Intl.DateTimeFormat = function () {
          throw new Error('test: no dates');
        } as unknown as typeof Intl.DateTimeFormat;
      });
      await walk(broken, STAPHORST_PATH.slice(0, 5), 'municipality');
      await broken.locator('[data-option="municipality:unknown"]').click();
      await expectScreen(broken, 'error');
      await expect.poll(() => axFocused(broken)).toBe(`heading: ${tr(language, 'ui.error.title')}`);
      summaries.push(await axe(broken, 'error'));
      report(language, summaries);
    } finally {
      await own.close();
    }
  });
});

describe('keyboard only', () => {
  /** Presses Tab until `selector` has focus; fails after `max` presses. */
  async function tabTo(page: Page, selector: string, max = 40) {
    for (let i = 0; i < max; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    throw new Error(`${max} Tabs did not reach ${selector}; focus is on ${focused}`);
  }

  async function expectFocusOnHeading(page: Page, screen: string) {
    await expectScreen(page, screen);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const active = document.activeElement;
            return active?.tagName === 'H1' && active.closest('[data-question], [data-screen]') !== null
              ? `h1 of ${active.closest('[data-question], [data-screen]')!.getAttribute('data-question') ?? active.closest('[data-screen]')!.getAttribute('data-screen')}`
              : `${active?.tagName.toLowerCase()} ${active?.outerHTML.slice(0, 80)}`;
          }),
        { timeout: 3_000 },
      )
      .toBe(`h1 of ${screen}`);
  }

  // In each language, as a screen-reader user hears it: the heading with its progress on each screen, the
  // municipality typed as that user would (Cyrillic in uk), and a call link that names whom it calls.
  it.each([
    ['nl', 'Staph'],
    ['uk', 'Стапх'],
    ['en', 'Staph'],
  ] as [Language, string][])(
    'in %s: reaches the result with Tab, Enter, Space and arrow keys; focus goes to each new heading',
    async (language, query) => {
      page = await browser().newPage();
      await openApp(page, `/${language}/`);
      const next: Record<string, string> = {
        danger: 'role',
        role: 'age',
        age: 'concern',
        concern: 'suspect',
        suspect: 'municipality',
      };
      let key: 'Enter' | 'Space' = 'Enter';
      for (const [index, [question, option]] of STAPHORST_PATH.slice(0, 5).entries()) {
        await tabTo(page, `[data-option="${question}:${option}"]`);
        await page.keyboard.press(key);
        key = key === 'Enter' ? 'Space' : 'Enter';
        await expectFocusOnHeading(page, next[question]);
        // Question 2 of 6 to 8, … 4 of 6 to 8 (the form of exploitation and when it last happened are still possible), 5 of 6.
        const progress = index < 3 ? tr(language, 'ui.progressRange') : tr(language, 'ui.progress');
        const words = progress
          .replace('{{current}}', String(index + 2))
          .replace('{{min}}', '6')
          .replace('{{max}}', '8')
          .replace('{{total}}', '6');
        await expect.poll(() => axFocused(page)).toContain(words);
      }
      await tabTo(page, '[role="combobox"]');
      await page.keyboard.type(query);
      await page.locator('[data-option="municipality:GM0180"]').waitFor({ state: 'visible' });
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('[role="combobox"]').getAttribute('aria-activedescendant'), 'the active match is announced').toBe(
        await page.locator('[data-option="municipality:GM0180"]').getAttribute('id'),
      );
      await page.keyboard.press('Enter');
      await expectFocusOnHeading(page, 'result');
      expect(await page.locator('[data-contact="staphorst-oekraine"]').count()).toBe(1);
      await tabTo(page, '[data-contact] a[href^="tel:"]');
      // The link is named by what it shows first, then the organisation it calls.
      await expect.poll(() => axFocused(page)).toMatch(/^link: \p{L}+ 088 - 203 29 00\s*, Veilig Thuis IJsselland/u);
    },
  );
});

describe('reflow at 320 CSS pixels', () => {
  async function overflow(page: Page) {
    return page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      bodyScrollWidth: document.body.scrollWidth,
    }));
  }

  it.each(LANGUAGES)(
    'in %s: no horizontal scrolling on the first question, acute, municipality and the result',
    async (language: Language) => {
      page = await browser().newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await openApp(page, `/${language}/`);
      const seen: Record<string, { scrollWidth: number; bodyScrollWidth: number }> = {};
      seen.danger = await overflow(page);
      await answer(page, 'danger', 'yes');
      await expectScreen(page, 'acute');
      seen.acute = await overflow(page);
      await page.locator('[data-continue]').click();
      await walk(page, STAPHORST_PATH.slice(1, 5), 'municipality');
      await page.locator('[role="combobox"]').pressSequentially('Sta');
      await page.locator('[data-option^="municipality:GM"]').first().waitFor({ state: 'visible' });
      seen.municipality = await overflow(page);
      await page.locator('[data-option="municipality:GM0180"]').click();
      await expectScreen(page, 'result');
      seen.result = await overflow(page);

      const wide = Object.entries(seen)
        .filter(([, w]) => w.scrollWidth > 320 || w.bodyScrollWidth > 320)
        .map(([screen, w]) => `${screen}: ${w.scrollWidth}px`);
      expect(wide, 'screens wider than 320px').toEqual([]);
    },
  );
});

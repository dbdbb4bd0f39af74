// Accessibility in a real browser of the states the whole walk (fullPath.test.ts: axe-core on every kind of
// screen, keyboard only, reflow at 320 px, controls named by what they show) does not meet: a list or words
// that load late or fail, and the error screen (also: its controls named by what they show, names.ts).
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import {
  withBrowser,
  LANGUAGES,
  STAPHORST_PATH,
  axFocused,
  expectSaid,
  expectScreen,
  openApp,
  tr,
  walk,
  type Language,
} from './support.ts';
import { axe, reportAxe, type AxeSummary } from './axe.ts';
import { expectNamedByWhatTheyShow } from './names.ts';

// No service worker, so that the routes below see every request.
const browser = withBrowser({ serviceWorkers: 'block' });

describe('axe-core on the loading, failed and error states', () => {
  const LIST = /\/assets\/municipalities-[^/]+\.json$/;
  const RESULT_WORDS = /\/assets\/result-[^/]+\.json$/;

  it.each(LANGUAGES)(
    'in %s: no violations; on the error screen, focus on its heading and controls named by what they show',
    async (language: Language) => {
      const page = await browser().newPage();
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
      const broken = await browser().newPage();
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
      await expectNamedByWhatTheyShow(broken, 'error');
      reportAxe(language, summaries);
    },
  );
});

// Quick exit in a real browser: the button and Shift three times, from a question and from the result,
// leave for the neutral site (routed here, never fetched), and Back afterwards shows no answers; no entry
// of the app is left behind it (counted in Chromium's own list of the tab's history). It works from the
// first byte: with JavaScript off, and before the app's script has arrived (the link and Shift three times).
// A summary the app put on the clipboard is gone after it. Typing capitals (Shift+letter) must not leave.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  Browser,
  withBrowser,
  NEUTRAL_SITE,
  STAPHORST_PATH,
  appHistory,
  appOrigin,
  appUrl,
  expectScreen,
  neutralSiteLoads,
  openApp,
  routeNeutralSite,
  screenOf,
  settled,
  tr,
  walk,
} from './support.ts';

let page: Page;
// No service worker: it would serve the app's script past a route that holds it back.
const browser = withBrowser({
  serviceWorkers: 'block',
  prepare: async (browser) => {
    await routeNeutralSite(browser);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  },
});

/** The app's entries behind and ahead of the page shown (support.ts), keeping their titles for the checks below. */
async function appEntries(page: Page): Promise<{ behind: number; ahead: number }> {
  const { behind, ahead, titles } = await appHistory(page);
  titlesLeft = titles;
  return { behind, ahead };
}
/** The titles of the app's entries at the last count: a long press on Back or Forward lists them. */
let titlesLeft: string[] = [];

async function expectLeft(page: Page, how: string) {
  try {
    await page.waitForURL(`${NEUTRAL_SITE}**`, { timeout: 5_000 });
  } catch {
    throw new Error(`Quick exit by ${how} did not leave: after 5 s the page is still ${page.url()}`);
  }
  expect(await page.title()).toBe('weer');
}

type Where = 'question' | 'result';
type How = 'button' | 'shift';

async function goTo(where: Where) {
  page = await browser().newPage();
  await openApp(page, '/nl/');
  if (where === 'question') await walk(page, STAPHORST_PATH.slice(0, 4), 'suspect');
  else await walk(page, STAPHORST_PATH, 'result');
}

async function quickExit(how: How) {
  if (how === 'button') {
    await page.locator('[data-quick-exit]').click();
  } else {
    // Focus is where the app put it: on the screen's heading.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  }
  try {
    await page.waitForURL(`${NEUTRAL_SITE}**`, { timeout: 5_000 });
  } catch {
    const screen = await screenOf(page).catch(() => undefined);
    throw new Error(
      `Quick exit by ${how === 'button' ? 'the button' : 'Shift pressed three times'} did not leave: after 5 s the page is still ${page.url()}, screen "${screen}"`,
    );
  }
  expect(await page.title()).toBe('weer');
  expect(neutralSiteLoads(browser()), 'loads of the neutral site: one, not started again').toBe(1);
}

/**
 * What the page shows over `ms` milliseconds, sampled: a Back can first show a page from the
 * back-forward cache, then reload it. Nothing of the check may show at any moment.
 */
async function watchShownAfterBack(ms = 800) {
  const marker = tr('nl', 'ui.currentAnswer');
  const seen: string[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if (new URL(page.url()).origin === appOrigin()) {
        const state = await page.evaluate((marker) => {
          const screen =
            document.querySelector('[data-question]')?.getAttribute('data-question') ??
            document.querySelector('[data-screen]')?.getAttribute('data-screen') ??
            'none';
          return {
            screen,
            changeLinks: document.querySelectorAll('[data-change]').length,
            contacts: document.querySelectorAll('[data-contact]').length,
            markedAnswer: document.body?.innerText.includes(marker) ?? false,
          };
        }, marker);
        if (!['none', 'danger'].includes(state.screen)) seen.push(`screen "${state.screen}"`);
        if (state.changeLinks) seen.push(`${state.changeLinks} change links`);
        if (state.contacts) seen.push(`${state.contacts} contact cards`);
        if (state.markedAnswer) seen.push(`an option marked "${marker}"`);
      }
    } catch {
      // The page is navigating; sample again.
    }
    await page.waitForTimeout(100);
  }
  return [...new Set(seen)];
}

describe('quick exit', () => {
  const cases: [How, Where][] = [
    ['button', 'question'],
    ['button', 'result'],
    ['shift', 'question'],
    ['shift', 'result'],
  ];
  it.each(cases)('by %s from a %s leaves for the neutral site, leaves no entry behind, and Back shows no answers', async (how, where) => {
    await goTo(where);
    const entries = await page.evaluate(() => history.length);
    // One visit is at most two entries: the first, and one ahead of it while there is a screen to go back to.
    expect(await appEntries(page)).toEqual({ behind: 1, ahead: 0 });
    await quickExit(how);
    // Measured: nothing of the app behind the neutral page; the entry that was ahead stays as Forward
    // (Chromium keeps the entries after one that is replaced), until another page is opened.
    expect(await appEntries(page), 'app entries behind and ahead of the neutral page').toEqual({ behind: 0, ahead: 1 });
    // Its title (a long press on Forward lists it) names no screen but the first: the answers were forgotten
    // before leaving, so the result's or a later question's title is not left there.
    const first = tr('nl', 'ui.pageTitle').replace('{{title}}', tr('nl', 'question.danger.title'));
    expect(titlesLeft.filter((title) => title !== '' && title !== first)).toEqual([]);

    const shown: string[] = [];
    for (let i = 0; i < entries; i += 1) {
      await page.goBack({ waitUntil: 'load' }).catch(() => null);
      const seen = await watchShownAfterBack();
      shown.push(...seen.map((s) => `Back ${i + 1} (${page.url()}): ${s}`));
    }
    for (let i = 0; i < entries; i += 1) {
      await page.goForward({ waitUntil: 'load' }).catch(() => null);
      const seen = await watchShownAfterBack();
      shown.push(...seen.map((s) => `Forward ${i + 1} (${page.url()}): ${s}`));
    }
    expect(shown, 'what Back and Forward showed after quick exit').toEqual([]);
    // If Back landed in the app, it is a fresh start that works.
    if (new URL(page.url()).origin === appOrigin() && (await screenOf(page)) === 'danger') {
      await expectScreen(page, 'danger');
    }
  });

  it('typing capitals (Shift+letter) in the municipality box does not leave', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH.slice(0, 5), 'municipality');
    const box = page.locator('[role="combobox"]');
    await box.click();
    for (const key of ['Shift+S', 'Shift+T', 'Shift+A', 'Shift+P', 'Shift+H']) await page.keyboard.press(key);
    await settled(page);
    expect(new URL(page.url()).origin, 'the page left after typing capitals').toBe(appOrigin());
    await expectScreen(page, 'municipality');
    expect(await box.inputValue()).toBe('STAPH');
    await page.locator('[data-option="municipality:GM0180"]').click();
    await expectScreen(page, 'result');
  });

  it('the Shift count starts again after another key', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await settled(page);
    expect(new URL(page.url()).origin, 'left after Shift, Shift, a, Shift').toBe(appOrigin());
    await expectScreen(page, 'danger');
  });
});

describe('quick exit leaves nothing behind', () => {
  it('from the first question: no entry of the app behind or ahead', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await page.locator('[data-quick-exit]').click();
    await expectLeft(page, 'the link');
    expect(await appEntries(page)).toEqual({ behind: 0, ahead: 0 });
  });

  it.each(['button', 'shift'] as How[])('by %s, empties the clipboard the summary was copied to', async (how) => {
    await goTo('result');
    await page.locator('[data-copy-summary]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('0800-2000');
    await quickExit(how);
    expect(await page.evaluate(() => navigator.clipboard.readText()), 'the clipboard after quick exit').toBe('');
  });

  it('leaves what the user copied elsewhere on the clipboard alone', async () => {
    await goTo('question');
    await page.evaluate(() => navigator.clipboard.writeText('boodschappen'));
    await quickExit('button');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('boodschappen');
  });
});

describe('quick exit from the first byte', () => {
  it('is a link to the neutral site that leaves with JavaScript off', async () => {
    const noScript = await Browser.open({ javaScript: false });
    try {
      await routeNeutralSite(noScript);
      const plain = await noScript.newPage();
      await plain.goto(new URL('/nl/', appUrl()).href);
      expect(await plain.locator('[data-quick-exit]').getAttribute('href')).toBe(NEUTRAL_SITE);
      await plain.locator('[data-quick-exit]').click();
      await expectLeft(plain, 'the link with JavaScript off');
      // A plain link adds the neutral page after this one: Back shows the first question, as it was (with
      // JavaScript off nothing can be answered).
      expect(await appEntries(plain)).toEqual({ behind: 1, ahead: 0 });
      noScript.checkAndReset();
    } finally {
      await noScript.close();
    }
  });

  /** A page whose app script never arrives: only the HTML and its inline scripts run. */
  async function withoutTheAppScript() {
    page = await browser().newPage();
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    await page.goto(new URL('/nl/', appUrl()).href);
    await page.locator('[data-question="danger"]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => '__pluisLeave' in window), 'the app ran after all').toBe(false);
  }

  it('the link leaves, with replace(), before the app script has arrived', async () => {
    await withoutTheAppScript();
    await page.locator('[data-quick-exit]').click();
    await expectLeft(page, 'the link before the app script');
    expect(await appEntries(page)).toEqual({ behind: 0, ahead: 0 });
  });

  it('Shift three times leaves before the app script has arrived', async () => {
    await withoutTheAppScript();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expectLeft(page, 'Shift three times before the app script');
    expect(await appEntries(page)).toEqual({ behind: 0, ahead: 0 });
  });
});

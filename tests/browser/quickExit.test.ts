// Quick exit in a real browser: the button and Shift three times, from a question and from the result,
// leave for the neutral site (routed here, never fetched), and Back afterwards shows no answers.
// Typing capitals (Shift+letter) in the municipality box must not leave.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withBrowser, NEUTRAL_SITE, STAPHORST_PATH, appOrigin, expectScreen, openApp, screenOf, tr, walk } from './support.ts';

let page: Page;
const browser = withBrowser({
  prepare: async (browser) => {
    browser.allowOrigin(new URL(NEUTRAL_SITE).origin);
    await browser.context.route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({ body: '<!doctype html><title>weer</title><p>Het weer</p>', contentType: 'text/html' }),
    );
  },
});

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
  it.each(cases)('by %s from a %s leaves for the neutral site, and Back shows no answers', async (how, where) => {
    await goTo(where);
    const entries = await page.evaluate(() => history.length);
    await quickExit(how);

    const shown: string[] = [];
    for (let i = 0; i < entries; i += 1) {
      await page.goBack({ waitUntil: 'load' }).catch(() => null);
      const seen = await watchShownAfterBack();
      shown.push(...seen.map((s) => `Back ${i + 1} (${page.url()}): ${s}`));
    }
    expect(shown, 'what Back showed after quick exit').toEqual([]);
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
    await page.waitForTimeout(500);
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
    await page.waitForTimeout(500);
    expect(new URL(page.url()).origin, 'left after Shift, Shift, a, Shift').toBe(appOrigin());
    await expectScreen(page, 'danger');
  });
});

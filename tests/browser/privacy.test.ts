// Privacy in a real browser (fresh profile): a full path makes requests to the app's own origin only
// (the list is printed), and leaves no cookies, no web storage, no IndexedDB, and no answer in any URL.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withBrowser, STAPHORST_ANSWER_VALUES, STAPHORST_PATH, answer, appOrigin, expectScreen, openApp } from './support.ts';

let page: Page;
const browser = withBrowser();

describe('privacy', () => {
  it('a full path requests nothing from another origin, and only GETs', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    for (const [question, option] of STAPHORST_PATH) await answer(page, question, option);
    await expectScreen(page, 'result');
    await page.locator('[data-copy-summary]').click();
    // Late requests show too: the service worker's install (its cache of the app's files) and the manifest,
    // linked a little after the first screen.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });

    const requests = browser().requests;
    const origin = appOrigin();
    const lines = requests.map((r) => {
      const where = r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url;
      return `  ${r.method} ${where} [${r.type}${r.serviceWorker ? ', by the service worker' : ''}]`;
    });
    console.log(`Requests made by one full path (${requests.length}):\n${lines.join('\n')}`);

    expect(requests.length, 'the watcher saw the page load').toBeGreaterThan(0);
    expect(
      browser()
        .foreignRequests()
        .map((r) => r.url),
      'requests to another origin',
    ).toEqual([]);
    expect(
      requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`),
      'requests that send data',
    ).toEqual([]);
    for (const value of STAPHORST_ANSWER_VALUES) {
      expect(
        requests.filter((r) => r.url.includes(value)).map((r) => r.url),
        `requests naming the answer ${value}`,
      ).toEqual([]);
    }
  });

  it('a full path leaves no cookies, no storage and no answers in any address', async () => {
    page = await browser().newPage();
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await openApp(page, '/nl/');
    visited.push(page.url());
    for (const [question, option] of STAPHORST_PATH) {
      await answer(page, question, option);
      visited.push(page.url());
    }
    await expectScreen(page, 'result');

    expect(await browser().context.cookies(), 'cookies').toEqual([]);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      cachedUrls:
        'caches' in window
          ? (
              await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))
            ).flat()
          : [],
    }));
    expect(stored.cookie, 'document.cookie').toBe('');
    expect(stored.localStorage, 'localStorage keys').toEqual([]);
    expect(stored.sessionStorage, 'sessionStorage keys').toEqual([]);
    expect(stored.indexedDB, 'IndexedDB databases').toEqual([]);

    const addresses = [...visited, ...stored.cachedUrls];
    for (const value of STAPHORST_ANSWER_VALUES) {
      expect(
        addresses.filter((url) => url.includes(value)),
        `addresses containing the answer "${value}"`,
      ).toEqual([]);
    }
    // One address per language: every screen lived at /nl/.
    expect([...new Set(visited.map((url) => new URL(url).pathname + new URL(url).search + new URL(url).hash))]).toEqual(['/nl/']);
  });
});

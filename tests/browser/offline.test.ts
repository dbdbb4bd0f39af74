// Offline after the first visit, in a real browser: once the service worker is ready, a reload with the
// network off shows the first question, and the check works through to the municipality and the result.
// A new version of the service worker never mixes files: it is cached whole and waits while a page is open.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withBrowser, STAPHORST_PATH, expectScreen, openApp, waitForApp, walk } from './support.ts';

let page: Page;
const SW_FILE = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));
const browser = withBrowser();

describe('offline', () => {
  it('reloads and works offline after the first visit', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    const ready = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'this browser has no service workers';
      const timeout = new Promise<string>((resolve) =>
        setTimeout(
          () =>
            resolve('navigator.serviceWorker.ready did not resolve within 15 s: no service worker was registered or it did not install'),
          15_000,
        ),
      );
      const ready = await Promise.race([
        navigator.serviceWorker.ready.then((registration) => `ready, scope ${registration.scope}`),
        timeout,
      ]);
      return `${ready} (registrations: ${(await navigator.serviceWorker.getRegistrations()).length})`;
    });
    expect(ready, 'the service worker after the first visit').toMatch(/^ready/);

    await browser().context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine), 'the browser knows it is offline').toBe(false);
    // A file the service worker cannot have cached must fail now: proof that the network is really off.
    const probe = await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}.txt`).then(
        (response) => `answered ${response.status}`,
        () => 'failed',
      ),
    );
    expect(['failed', 'answered 503', 'answered 504', 'answered 408']).toContain(probe);

    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
    await page.reload();
    try {
      await waitForApp(page);
    } catch (error) {
      throw new Error(`Offline reload: no working first question. Requests that failed: ${failed.join(', ') || 'none'}. ${error}`, {
        cause: error,
      });
    }
    await expectScreen(page, 'danger');
    await walk(page, STAPHORST_PATH.slice(0, 5), 'municipality');
    // The list of municipalities is loaded only on this screen: it too must come from the cache.
    await page.locator('[role="combobox"]').pressSequentially('Staph');
    await page.locator('[data-option="municipality:GM0180"]').click();
    await expectScreen(page, 'result');
    expect(await page.locator('[data-contact="staphorst-oekraine"]').count()).toBe(1);

    // Another language's page, never visited, is there offline too.
    await page.locator('[data-lang="uk"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('uk');
    await expectScreen(page, 'result');
  });

  it('keeps serving the whole old version while a new one waits, never a mix', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
    const [oldCache] = await page.evaluate(() => caches.keys());
    expect(oldCache).toMatch(/^pluis-/);

    // The server now has a new version of the app: another sw.js in dist/ (put back afterwards). Written on
    // disk because a browser's own update check for a service worker passes by Playwright's routes.
    const original = readFileSync(SW_FILE, 'utf8');
    writeFileSync(SW_FILE, original.replace(/const VERSION = '[^']*'/, "const VERSION = 'next-version'"));
    try {
      await page.reload();
      await waitForApp(page);
      // Browsers look for a new service worker on navigation, but may wait; ask now.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    } finally {
      writeFileSync(SW_FILE, original);
    }

    // The new version is cached whole beside the old one and waits: it does not take over this open page.
    await expect
      .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 15_000 })
      .toBe(true);
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual([oldCache, 'pluis-next-version'].sort());

    // And the page keeps working on its own version, to the result.
    await walk(page, STAPHORST_PATH.slice(0, 5), 'municipality');
    await page.locator('[role="combobox"]').pressSequentially('Staph');
    await page.locator('[data-option="municipality:GM0180"]').click();
    await expectScreen(page, 'result');
  });
});

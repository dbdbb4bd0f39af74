// A tap on the prerendered first question, made before the app's script has arrived (a slow phone),
// is kept and answered as soon as the app runs: the user does not have to tap again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, expectScreen, withBrowser } from './support.ts';

let page: Page;
const browser = withBrowser();

describe('a tap before the app runs', () => {
  it('is answered once the app has loaded, without a second tap', async () => {
    page = await browser().newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold back the app's script until the tap has been made on the prerendered page.
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL('/nl/', appUrl()).href, { waitUntil: 'commit' });
    const no = page.locator('[data-option="danger:no"]');
    await no.waitFor({ state: 'visible' });
    await no.click();
    expect(await no.getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('[data-question="danger"]').count()).toBe(1);
    release();
    await expectScreen(page, 'role');
  });
});

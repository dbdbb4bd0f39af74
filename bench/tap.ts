import type { Page } from 'playwright-core';

/**
 * A tap that does nothing (a page drawn before its script can answer, e.g. prerendered HTML) is repeated
 * after this long, as a user would tap again.
 */
export const RETAP_MS = 250;

/**
 * Taps `selector` until `next` is visible; returns how many taps were in vain. A tap's click gives up after
 * a second: when the page takes an earlier tap late (the app keeps taps made before it ran), the button
 * disappears under the driver's next click, which Playwright would otherwise retry for its whole timeout.
 */
export async function tapUntil(page: Page, selector: string, next: string): Promise<number> {
  const target = page.locator(selector);
  const after = page.locator(next);
  const deadline = Date.now() + 120_000;
  for (let vain = 0; Date.now() < deadline; vain += 1) {
    const clicked = await target.click({ timeout: 1000 }).then(
      () => true,
      () => false,
    );
    if (!clicked && (await after.isVisible())) return vain; // an earlier tap was taken meanwhile
    const taken =
      clicked &&
      (await after.waitFor({ state: 'visible', timeout: RETAP_MS }).then(
        () => true,
        () => false,
      ));
    if (taken) return vain;
  }
  throw new Error(`${selector} never led to ${next}`);
}

import type { Page } from 'playwright-core';
import { waitForKey } from './marks.ts';

/** Types `query` as someone who looks at the list after each letter: the next key once it is painted. */
export async function typeKeyByKey(page: Page, search: string, query: string) {
  await page.locator(search).focus();
  for (const [index, key] of [...query].entries()) {
    await page.keyboard.press(key);
    await waitForKey(page, index);
  }
}

// What a screen reader hears of the page's live regions, in order and when: every change of a region's words,
// recorded in the page from its first byte. As in Chromium, a region heard must have been on the page (drawn,
// not display: none) a frame before its words changed: one inserted or shown already filled is not heard.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type Heard = { at: number; text: string; lang: string };

declare global {
  interface Window {
    __heard?: Heard[];
  }
}

function listen() {
  const log: Heard[] = [];
  window.__heard = log;
  let frame = 0;
  const tick = () => {
    frame += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const seen = new WeakMap<Element, { text: string; since: number }>();
  const check = () => {
    for (const region of document.querySelectorAll('[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]')) {
      const drawn = region.getClientRects().length > 0;
      const text = drawn ? (region.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
      const before = seen.get(region);
      if (!before) {
        seen.set(region, { text, since: drawn ? frame : Infinity });
        continue;
      }
      if (text === before.text) continue;
      if (text && before.since < frame)
        log.push({ at: performance.now(), text, lang: region.closest('[lang]')?.getAttribute('lang') ?? '' });
      before.text = text;
      if (drawn) before.since = Math.min(before.since, frame);
      else before.since = Infinity;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Starts recording what is heard, for every page opened from now on in this page's tab. */
export const listenForNews = (page: Page) => page.addInitScript(listen);

/** What was heard so far, each with its time (ms, the page's clock) and language. */
export const heard = (page: Page): Promise<Heard[]> => page.evaluate(() => window.__heard ?? []);

/** Waits until `words` have been heard, then checks they were heard once, in `lang`. */
export async function expectHeardOnce(page: Page, words: string, lang: string, timeout = 8_000) {
  const times = async () => (await heard(page)).filter((news) => news.text.includes(words.trim()));
  try {
    await expect.poll(async () => (await times()).length, { timeout }).toBeGreaterThan(0);
  } catch {
    throw new Error(`"${words}" was not heard; heard: ${JSON.stringify((await heard(page)).map((news) => news.text))}`);
  }
  const found = await times();
  expect(
    found.map((news) => news.text),
    `"${words}" heard once`,
  ).toHaveLength(1);
  expect(found[0].lang, `"${words}" heard in ${lang}`).toBe(lang);
}

/** Fails when two messages were heard closer together than `gap` ms (the second one cuts the first off). */
export function expectApart(news: Heard[], gap: number) {
  const close = news
    .slice(1)
    .flatMap((item, i) =>
      item.at - news[i].at < gap ? [`${Math.round(item.at - news[i].at)} ms: "${news[i].text}" / "${item.text}"`] : [],
    );
  expect(close, 'messages heard in the same moment').toEqual([]);
}

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyResponses, fetchOnce } from '../load/earlyResponses.ts';
import { EARLY_FETCHES_ID, startEarlyFetches } from './earlyFetches.ts';
import type { EarlyHandover } from './handover.ts';

afterEach(() => {
  document.getElementById(EARLY_FETCHES_ID)?.remove();
  adoptEarlyResponses({});
  vi.unstubAllGlobals();
});

function withBlock(text: string) {
  const block = Object.assign(document.createElement('script'), { type: 'application/json', id: EARLY_FETCHES_ID, textContent: text });
  document.head.append(block);
}
const handover = (): EarlyHandover => ({ log: [], fetched: {} });

describe('early fetches', () => {
  it('starts each address the page names once, and the app takes each response over once', async () => {
    const fetch = vi.fn(async (address: string) => new Response(address));
    vi.stubGlobal('fetch', fetch);
    withBlock('["/assets/result-1.json", "/assets/municipalities-2.json"]');
    const early = handover();
    startEarlyFetches(early);
    startEarlyFetches(early);
    expect(fetch.mock.calls.map(([address]) => address)).toEqual(['/assets/result-1.json', '/assets/municipalities-2.json']);
    adoptEarlyResponses(early.fetched);
    expect(await (await fetchOnce('/assets/result-1.json')).text()).toBe('/assets/result-1.json');
    expect(fetch).toHaveBeenCalledTimes(2);
    // Taken: the next one is a fetch of its own (a retry after a failure, for one).
    await fetchOnce('/assets/result-1.json');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("preloads the result's code as a module, once, instead of fetching it", () => {
    const fetch = vi.fn(async (address: string) => new Response(address));
    vi.stubGlobal('fetch', fetch);
    withBlock('["/assets/result-1.json", "/assets/resultParts-3.js"]');
    const early = handover();
    startEarlyFetches(early);
    startEarlyFetches(early);
    expect(fetch.mock.calls.map(([address]) => address)).toEqual(['/assets/result-1.json']);
    const preloads = [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
    expect(preloads).toEqual(['/assets/resultParts-3.js']);
    document.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove());
  });

  it('hands over a failed early fetch as a failure, without an unhandled rejection before', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    withBlock('["/assets/result-1.json"]');
    const early = handover();
    startEarlyFetches(early);
    await new Promise((resolve) => setTimeout(resolve, 0));
    adoptEarlyResponses(early.fetched);
    await expect(fetchOnce('/assets/result-1.json')).rejects.toThrow('offline');
  });

  it('fetches nothing early from a page without the block, or with a broken one', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    startEarlyFetches(handover());
    withBlock('["/assets/result-1.json"');
    startEarlyFetches(handover());
    expect(fetch).not.toHaveBeenCalled();
  });
});

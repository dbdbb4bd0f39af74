// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_FETCHES_ID, fetchOnce, startEarlyFetches } from './earlyFetches.ts';

const page = window as Window & { __pluisFetched?: unknown };

afterEach(() => {
  delete page.__pluisFetched;
  document.getElementById(EARLY_FETCHES_ID)?.remove();
  vi.unstubAllGlobals();
});

function withBlock(text: string) {
  const block = Object.assign(document.createElement('script'), { type: 'application/json', id: EARLY_FETCHES_ID, textContent: text });
  document.head.append(block);
}

describe('early fetches', () => {
  it('starts each address the page names once, and hands each response over once', async () => {
    const fetch = vi.fn(async (address: string) => new Response(address));
    vi.stubGlobal('fetch', fetch);
    withBlock('["/assets/result-1.json", "/assets/municipalities-2.json"]');
    startEarlyFetches();
    startEarlyFetches();
    expect(fetch.mock.calls.map(([address]) => address)).toEqual(['/assets/result-1.json', '/assets/municipalities-2.json']);
    expect(await (await fetchOnce('/assets/result-1.json')).text()).toBe('/assets/result-1.json');
    expect(fetch).toHaveBeenCalledTimes(2);
    // Taken: the next one is a fetch of its own (a retry after a failure, for one).
    await fetchOnce('/assets/result-1.json');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('hands over a failed early fetch as a failure, without an unhandled rejection before', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    withBlock('["/assets/result-1.json"]');
    startEarlyFetches();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(fetchOnce('/assets/result-1.json')).rejects.toThrow('offline');
  });

  it('fetches nothing early from a page without the block, or with a broken one', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    startEarlyFetches();
    delete page.__pluisFetched;
    withBlock('["/assets/result-1.json"');
    startEarlyFetches();
    expect(fetch).not.toHaveBeenCalled();
  });
});

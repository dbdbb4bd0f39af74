import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundLoad, load, loadedValue, type BackgroundFile } from './background.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

let n = 0;
const file = (overrides: Partial<BackgroundFile<string>> = {}): BackgroundFile<string> => ({
  address: `/assets/file-${(n += 1)}.json`,
  read: (response) => response.text(),
  ...overrides,
});

describe('a file loaded in the background', () => {
  it('is fetched once, however many ask at the same time, and kept', async () => {
    const fetch = vi.fn(async () => new Response('words'));
    vi.stubGlobal('fetch', fetch);
    const words = file();
    expect(await Promise.all([load(words), load(words), load({ ...words })])).toEqual(['words', 'words', 'words']);
    expect(await load(words)).toBe('words');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(loadedValue(words.address)).toBe('words');
  });

  it('fails on a bad status or what cannot be read, and loads again when asked again', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 503 }));
    vi.stubGlobal('fetch', fetch);
    const list = file({ read: async (response) => JSON.parse(await response.text()) });
    await expect(load(list)).rejects.toThrow(`${list.address}: 503`);
    expect(backgroundLoad(list).getSnapshot().value).toBe('failed');
    fetch.mockImplementation(async () => new Response('{"cut'));
    await expect(load(list)).rejects.toThrow(SyntaxError);
    fetch.mockImplementation(async () => new Response('"whole"'));
    expect(await load(list)).toBe('whole');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('gives up on a file that does not arrive, so that the screen can offer to try again', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    const slow = file({ timeoutMs: 1000 });
    const loading = load(slow);
    const failed = expect(loading).rejects.toThrow(`${slow.address}: nothing after 1000 ms`);
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
  });

  it('loads a part of the app (a dynamic import) the same way: failed, then tried again', async () => {
    const importModule = vi.fn(async (): Promise<{ part: string }> => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const code: BackgroundFile<{ part: string }> = { address: `module:part-${(n += 1)}`, importModule };
    await expect(load(code)).rejects.toThrow(TypeError);
    expect(backgroundLoad(code).getSnapshot().value).toBe('failed');
    importModule.mockImplementation(async () => ({ part: 'result' }));
    expect(await load(code)).toEqual({ part: 'result' });
    expect(await load(code)).toEqual({ part: 'result' });
    expect(importModule).toHaveBeenCalledTimes(2);
    expect(loadedValue(code.address)).toEqual({ part: 'result' });
  });
});

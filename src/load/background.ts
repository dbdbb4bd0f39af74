import { assign, createActor, fromPromise, setup, waitFor } from 'xstate';
import { fetchOnce } from './earlyResponses.ts';

/**
 * A file the app loads in the background, after the first screen: a language's words, the result's words,
 * the municipality list, or a part of the app's own code. Where it is, how to read what arrives (a file that
 * arrives cut off or replaced is a failed load, not an empty one), and how long to wait before giving up so
 * that the user can try again. Code comes as a module (`importModule`: a dynamic `import()`, which the build
 * makes a chunk of its own): fetched, given up and tried again as a file is, with the same states.
 */
export type BackgroundFile<T> = { address: string; timeoutMs?: number } & (
  { read: (response: Response) => Promise<T> } | { importModule: () => Promise<T> }
);

/** A file that has not arrived after this long is given up (the screen then offers to try again). */
export const LOAD_TIMEOUT_MS = 8000;

async function fetchFile(file: BackgroundFile<unknown>, signal: AbortSignal) {
  const { address, timeoutMs = LOAD_TIMEOUT_MS } = file;
  const abort = new AbortController();
  signal.addEventListener('abort', () => abort.abort());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const givenUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new Error(`${address}: nothing after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    // A failed import() is not kept by a browser that follows whatwg/html#10327 (Chromium 156 here does), so
    // RETRY fetches the chunk again; an older one fails again until the page is loaded afresh. An import
    // cannot be aborted: given up, what arrives later is not used.
    if ('importModule' in file) return await Promise.race([file.importModule(), givenUp]);
    // A response fetched early (earlyResponses.ts) has no signal of ours: the race gives it up just the same.
    const response = await Promise.race([fetchOnce(address, { signal: abort.signal }), givenUp]);
    if (!response.ok) throw new Error(`${address}: ${response.status}`);
    return await Promise.race([file.read(response), givenUp]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One file's load as a statechart: loading → ready, or failed → (RETRY) loading again. The value read is
 * kept in the context once ready.
 */
const loadMachine = setup({
  types: {
    input: {} as BackgroundFile<unknown>,
    context: {} as { file: BackgroundFile<unknown>; value?: unknown; error?: unknown },
    events: {} as { type: 'RETRY' },
  },
  actors: {
    fetchFile: fromPromise(({ input, signal }: { input: BackgroundFile<unknown>; signal: AbortSignal }) => fetchFile(input, signal)),
  },
}).createMachine({
  id: 'load',
  initial: 'loading',
  context: ({ input }) => ({ file: input }),
  states: {
    loading: {
      invoke: {
        src: 'fetchFile',
        input: ({ context }) => context.file,
        onDone: { target: 'ready', actions: assign({ value: ({ event }) => event.output }) },
        onError: { target: 'failed', actions: assign({ error: ({ event }) => event.error }) },
      },
    },
    failed: { on: { RETRY: 'loading' } },
    ready: {},
  },
});

export type LoadState = 'loading' | 'ready' | 'failed';
export type BackgroundLoad = ReturnType<typeof createActor<typeof loadMachine>>;

// The one cache: a file's load, by its address, for the life of the page.
const loads = new Map<string, BackgroundLoad>();

/** The load of `file`, started the first time anyone asks for it. Screens follow its state (src/ui/hooks/useBackgroundLoad.ts). */
export function backgroundLoad(file: BackgroundFile<unknown>): BackgroundLoad {
  let load = loads.get(file.address);
  if (!load) {
    load = createActor(loadMachine, { input: file }).start();
    loads.set(file.address, load);
  }
  return load;
}

/** Loads `file` (once more, if it failed before) and resolves with what was read, or rejects with why it failed. */
export async function load<T>(file: BackgroundFile<T>): Promise<T> {
  const actor = backgroundLoad(file as BackgroundFile<unknown>);
  if (actor.getSnapshot().matches('failed')) actor.send({ type: 'RETRY' });
  const done = await waitFor(actor, (snapshot) => !snapshot.matches('loading'), { timeout: Infinity });
  if (done.matches('failed')) throw done.context.error;
  return done.context.value as T;
}

/** What was read of the file at `address`, once it has loaded. */
export function loadedValue<T>(address: string): T | undefined {
  const snapshot = loads.get(address)?.getSnapshot();
  return snapshot?.matches('ready') ? (snapshot.context.value as T) : undefined;
}

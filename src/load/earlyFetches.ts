/**
 * What the check needs a few screens on (the result's words, the municipality list), fetched from the
 * first answer on, before the app has arrived: the early walker (src/early/walker.ts) starts the fetches
 * named in the page's data block with this id, and the app takes each response over once instead of
 * fetching it again (`fetchOnce`). Here, below words and screens, because both the walker and the app's
 * loader (src/load/background.ts) use it. Memory only.
 */
export const EARLY_FETCHES_ID = 'early-fetches';

type EarlyFetchWindow = Window & { __pluisFetched?: Record<string, Promise<Response>> };

/** Starts fetching each address the page names, once. */
export function startEarlyFetches() {
  const page = window as EarlyFetchWindow;
  if (page.__pluisFetched) return;
  const started: Record<string, Promise<Response>> = {};
  let addresses: unknown = [];
  try {
    addresses = JSON.parse(document.getElementById(EARLY_FETCHES_ID)?.textContent || '[]');
  } catch {
    // A page without the block fetches later, in the app.
  }
  for (const address of Array.isArray(addresses) ? addresses : []) {
    if (typeof address !== 'string') continue;
    started[address] = fetch(address);
    // Taken over later, or never: a failure here is the taker's to handle, not an unhandled rejection.
    started[address].catch(() => undefined);
  }
  page.__pluisFetched = started;
}

/** The response to `address`: the one fetched early if there is one not yet taken, else a fetch of its own. */
export function fetchOnce(address: string, init?: RequestInit): Promise<Response> {
  const fetched = (window as EarlyFetchWindow).__pluisFetched;
  const early = fetched?.[address];
  if (!early) return fetch(address, init);
  delete fetched[address];
  return early;
}

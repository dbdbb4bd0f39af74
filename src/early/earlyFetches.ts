import type { EarlyHandover } from './handover.ts';

/**
 * What the check needs a few screens on (the result's words, the municipality list, the result's code), fetched
 * from the first answer on, before the app has arrived: the early walker starts the fetches named in the page's data
 * block with this id (scripts/pagesPlugin.ts) and hands the responses over; the app's loader takes each
 * once instead of fetching it again (src/load/earlyResponses.ts).
 */
export const EARLY_FETCHES_ID = 'early-fetches';

/** Starts fetching each address the page names, once per page. */
export function startEarlyFetches(handover: EarlyHandover) {
  if (Object.keys(handover.fetched).length) return;
  let addresses: unknown = [];
  try {
    addresses = JSON.parse(document.getElementById(EARLY_FETCHES_ID)?.textContent || '[]');
  } catch {
    // A page without the block fetches later, in the app.
  }
  for (const address of Array.isArray(addresses) ? addresses : []) {
    if (typeof address !== 'string') continue;
    // Code (the result's, src/ui/resultParts.ts) is preloaded into the browser's module map, where the app's
    // import() finds it: a person who answers fast meets the municipality search ready, not after a request.
    if (address.endsWith('.js')) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: address }));
      continue;
    }
    const response = fetch(address);
    // Taken over later, or never: a failure here is the taker's to handle, not an unhandled rejection.
    response.catch(() => undefined);
    handover.fetched[address] = response;
  }
}

import { onEntryAhead } from '../../early/oneHistory.ts';

/** Where quick exit goes: a neutral page that gives nothing away (a weather forecast). */
export const NEUTRAL_SITE = 'https://www.buienradar.nl/';

/**
 * Fails unless `url` is an absolute https address on another site: quick exit must leave, and a relative
 * address (this site), a `javascript:` or `data:` address would not. The build (scripts/pagesPlugin.ts) and
 * a test call it on NEUTRAL_SITE.
 */
export function assertNeutralSite(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`quick exit: "${url}" is not an absolute address`);
  }
  if (parsed.protocol !== 'https:' || parsed.href !== url) throw new Error(`quick exit: "${url}" is not a plain https:// address`);
}

/** How long quick exit waits at most for the clipboard to be emptied, or for the one step back in history. */
const WAIT_MS = 300;

let left = false;
let summaryOnClipboard = false;
const onLeave = new Set<() => void>();

/** The app put the summary on the clipboard: quick exit empties it. */
export const summaryCopied = () => {
  summaryOnClipboard = true;
};

/** Something to forget when leaving (the running check's answers); returns the unsubscribe. */
export function whenLeaving(forget: () => void): () => void {
  onLeave.add(forget);
  return () => onLeave.delete(forget);
}

/**
 * Leaves at once. Called by the quick-exit link and by Shift pressed three times, both counted in
 * scripts/quickExit.js, which works before this script has arrived and calls this once it has. The screen
 * is emptied first, so nothing of the check shows while the next page loads. Then, if the app put the
 * summary there, the clipboard is emptied (keyboards offer what is on it as a suggestion). The app keeps
 * at most one history entry ahead of its first: quick exit first steps back onto that first one and then
 * replaces it, so that no entry of this site is left behind the neutral page (measured in Chromium: see
 * README, "Privacy and safety"). replace(), not assign(): the check must not be the page Back returns to.
 */
export function leaveNow() {
  if (left) return;
  left = true;
  document.title = '';
  document.body.replaceChildren();
  onLeave.forEach((forget) => forget());
  // Once: Back's popstate and the timer that stands in for it may both come, and a second replace() would
  // start the neutral site's load again (seen on a busy machine: its title still "Loading…" after leaving).
  let gone = false;
  const go = () => {
    if (gone) return;
    gone = true;
    window.location.replace(NEUTRAL_SITE);
  };
  const clipboard = summaryOnClipboard && navigator.clipboard ? navigator.clipboard.writeText('').catch(() => undefined) : undefined;
  const cleared = clipboard ? Promise.race([clipboard, new Promise((resolve) => setTimeout(resolve, WAIT_MS))]) : Promise.resolve();
  void cleared.then(() => {
    // The tab's list of entries (a long press on Back or Forward) shows each entry's last title.
    document.title = '';
    if (!onEntryAhead()) return go();
    window.addEventListener('popstate', go, { once: true });
    setTimeout(go, WAIT_MS);
    window.history.back();
  });
}

/** A page restored from the back-forward cache after a quick exit starts afresh, with no answers. */
export const leftByQuickExit = () => left;

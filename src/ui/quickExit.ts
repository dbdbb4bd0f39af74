/** Where quick exit goes: a neutral page that gives nothing away (a weather forecast). */
export const NEUTRAL_SITE = 'https://www.buienradar.nl/';

let left = false;

/**
 * Leaves at once. The screen is emptied first, so nothing of the check shows while the next page loads;
 * replace(), not assign(): the check must not stay as the page Back returns to.
 */
export function leaveNow() {
  left = true;
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(NEUTRAL_SITE);
}

/** A page restored from the back-forward cache after a quick exit starts afresh, with no answers. */
export const leftByQuickExit = () => left;

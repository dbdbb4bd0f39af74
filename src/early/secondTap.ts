/** Where and when a finger's tap was taken: its time (ms, as `performance.now()`) and place on the screen. */
export type Tap = { at: number; x: number; y: number };

/** A double tap's second tap comes this soon after the first (a phone waits about 300 ms for it)… */
const DOUBLE_TAP_MS = 500;
/** …and this close to it: a finger lands on about the same spot twice. */
const DOUBLE_TAP_PX = 40;

/**
 * Whether `tap` is the second tap of a double tap whose first one was taken (`last`) on the screen before
 * this one (shown at `shownAt`). A browser does not always count a finger's second tap as one (`detail` 2, as it
 * does a mouse's double click), so the guard also asks the clock and the place: soon after, on the same spot, on
 * a screen that changed in between. For taps only (`pointerType` "touch"): a mouse or a test driver that answers
 * fast is counted by `detail`.
 */
export const isSecondTap = (last: Tap | undefined, tap: Tap, shownAt: number): boolean =>
  last !== undefined && last.at < shownAt && tap.at - last.at < DOUBLE_TAP_MS && Math.hypot(tap.x - last.x, tap.y - last.y) < DOUBLE_TAP_PX;

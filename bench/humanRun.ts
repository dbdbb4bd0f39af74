import { launchChromium } from '../scripts/chromium.ts';
import { addMarks, readMarks, waitForKey, waitForMark } from './marks.ts';
import { ANSWERS, FIRST_QUESTION, MUNICIPALITY_MATCH, RESULT, SCREENS, SEARCH } from './path.ts';
import { slowDown, type Phone } from './slowPhone.ts';
import { tapUntil } from './tap.ts';

/** A person reads each screen this long before tapping (issue 26). */
export const READ_MS = 1500;
/** …and types the municipality's whole name at this pace, without waiting for the list. */
export const KEY_MS = 200;
export const HUMAN_QUERY = 'Staphorst';

/**
 * The result is whole once nothing of it is still being drawn (the app draws its head first and marks the
 * section data-drawing until the rest is there; the static page draws it whole): noted after the next paint.
 */
const WHOLE_SCRIPT = `(() => {
  new MutationObserver((_, observer) => {
    const result = document.querySelector('${RESULT}:not([data-drawing])');
    if (!result || !result.querySelector('[data-advice]') || !result.checkVisibility()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__benchWhole = performance.now(); };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export type HumanRun = {
  /** Each tap → the next screen painted, in path order: [mark, ms]; the last is the pick → result's head. */
  taps: [string, number][];
  /** Each key → the list painted (a list painted only after the next key counts for both). */
  keys: number[];
  /** Tap on the municipality → the result painted whole. */
  resultWhole: number;
  retaps: number;
};

/** One walk of the path at a person's pace on `phone`, in a fresh browser profile. */
export async function humanRun(address: string, phone: Phone, browserPath: string): Promise<HumanRun> {
  const { context, close } = await launchChromium(browserPath);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(120_000);
    await addMarks(page);
    await page.addInitScript(WHOLE_SCRIPT);
    await slowDown(context, page, phone);
    await page.goto(address, { waitUntil: 'commit', timeout: 120_000 });
    await page.locator(FIRST_QUESTION).waitFor({ state: 'visible' });
    let retaps = 0;
    for (const [option, next] of ANSWERS) {
      await page.waitForTimeout(READ_MS);
      retaps += await tapUntil(page, `[data-option="${option}"]`, next);
    }
    await page.waitForTimeout(READ_MS);
    await page.locator(SEARCH).click();
    await page.keyboard.type(HUMAN_QUERY, { delay: KEY_MS });
    await waitForKey(page, HUMAN_QUERY.length - 1);
    await page.waitForTimeout(READ_MS);
    retaps += await tapUntil(page, MUNICIPALITY_MATCH, RESULT);
    await waitForMark(page, SCREENS[SCREENS.length - 1][0]);
    await page.waitForFunction(() => (window as { __benchWhole?: number }).__benchWhole !== undefined, undefined, { timeout: 120_000 });
    const found = await readMarks(page);
    const whole = await page.evaluate(() => (window as unknown as { __benchWhole: number }).__benchWhole);

    // The taps: one per answer, then the pick of the municipality (SCREENS without the first question and the
    // offered match, which follows typing, not a tap).
    const tapped = SCREENS.filter(([name]) => name.startsWith('tap '));
    const taps = tapped.map(([name]): [string, number] => {
      const at = found.marks[name];
      const tap = found.tapBefore[name];
      if (at === undefined || tap === undefined) throw new Error(`No tap or no paint for "${name}" on ${address}`);
      return [name, at - tap];
    });
    const painted = found.keys.map((key) => key.updated);
    const keys = found.keys.map((key, index) => {
      const next = painted.slice(index).find((at) => at !== undefined);
      if (next === undefined) throw new Error(`No list painted after key ${index + 1} on ${address}`);
      return next - key.at;
    });
    const pickedAt = found.tapBefore[SCREENS[SCREENS.length - 1][0]]!;
    return { taps, keys, resultWhole: whole - pickedAt, retaps };
  } finally {
    await close();
  }
}

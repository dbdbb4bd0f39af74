import type { Page } from 'playwright-core';
import { SCREENS, SEARCH } from './path.ts';

/**
 * Runs before any script of the page and notes, in ms since navigation start (performance.now()):
 * - when each screen of the path (SCREENS) was first painted, and the last tap on an option before it;
 * - each key typed into the municipality search, and when the list it changed was painted;
 * - the main thread's long tasks (> 50 ms).
 * "Painted" is a task queued from the next animation frame: it runs once that frame's rendering is done.
 * Taps and keys are timed by the event's own timeStamp, so a busy main thread that makes them wait counts.
 * Kept as text, not a function: tsx would wrap named functions in a helper the page does not have.
 */
const MARK_SCRIPT = `(() => {
  const marks = (window.__benchMarks = {});
  const tapBefore = (window.__benchTapBefore = {});
  const keys = (window.__benchKeys = []);
  const longTasks = (window.__benchLongTasks = []);
  let lastTap;
  const afterNextPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  try {
    new PerformanceObserver((list) => { for (const task of list.getEntries()) longTasks.push([task.startTime, task.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-option]')) lastTap = event.timeStamp;
  }, true);
  const isSearch = (target) => target instanceof Element && target.matches(${JSON.stringify(SEARCH)});
  addEventListener('keydown', (event) => {
    if (isSearch(event.target) && event.key.length === 1) keys.push({ key: event.key, at: event.timeStamp });
  }, true);
  // The list shown is the one for the last key typed, until an option is tapped.
  const listChanged = () => {
    const key = keys[keys.length - 1];
    if (!key || (lastTap !== undefined && lastTap > key.at)) return;
    afterNextPaint((now) => { key.updated = Math.max(key.updated ?? 0, now); });
  };
  addEventListener('input', (event) => { if (isSearch(event.target)) listChanged(); }, true);
  const screens = ${JSON.stringify(SCREENS)};
  const seen = {};
  new MutationObserver((mutations) => {
    for (const [name, selector] of screens) {
      if (seen[name]) continue;
      const element = document.querySelector(selector);
      if (element && element.checkVisibility()) {
        seen[name] = true;
        tapBefore[name] = lastTap;
        afterNextPaint((now) => { marks[name] = now; });
      }
    }
    // The list, or while there is none (loading, failed, nothing found) the status that stands for it: a
    // status said while the list is shown (the app says the count once typing pauses) is not the key's list.
    const inList = (node) => {
      const element = node.nodeType === 1 ? node : node.parentElement;
      if (!element) return false;
      if (element.closest('[role="listbox"]')) return true;
      return Boolean(element.closest('[role="status"]')) && !document.querySelector('[role="listbox"]');
    };
    if (mutations.some((mutation) => inList(mutation.target))) listChanged();
  }).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style'],
  });
})();`;

export const addMarks = (page: Page) => page.addInitScript(MARK_SCRIPT);

type Window = {
  __benchMarks: Record<string, number | undefined>;
  __benchTapBefore: Record<string, number | undefined>;
  __benchKeys: { key: string; at: number; updated?: number }[];
  __benchLongTasks: [start: number, duration: number][];
};

export async function waitForMark(page: Page, name: string) {
  await page.waitForFunction((mark) => (window as unknown as Partial<Window>).__benchMarks?.[mark] !== undefined, name, {
    timeout: 120_000,
  });
}

/** Waits until the list for the `index`th key typed has been painted. */
export async function waitForKey(page: Page, index: number) {
  await page.waitForFunction((i) => (window as unknown as Partial<Window>).__benchKeys?.[i]?.updated !== undefined, index, {
    timeout: 120_000,
  });
}

export const readMarks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Window;
    const origin = location.origin;
    return {
      marks: w.__benchMarks,
      tapBefore: w.__benchTapBefore,
      keys: w.__benchKeys,
      longTasks: w.__benchLongTasks,
      /** Resource timing of the page: [path, start, end] in ms since navigation start. */
      waterfall: performance
        .getEntriesByType('resource')
        .map(
          (entry) =>
            [entry.name.replace(origin, ''), Math.round(entry.startTime), Math.round((entry as PerformanceResourceTiming).responseEnd)] as [
              string,
              number,
              number,
            ],
        ),
    };
  });

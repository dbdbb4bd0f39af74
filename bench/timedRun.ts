import { launchChromium } from '../scripts/chromium.ts';
import { addMarks, readMarks, waitForMark } from './marks.ts';
import { ANSWERS, FIRST_QUESTION, MUNICIPALITY_MATCH, MUNICIPALITY_QUERY, RESULT, SCREENS, SEARCH } from './path.ts';
import { slowDown, type Phone } from './slowPhone.ts';
import { tapUntil } from './tap.ts';
import { typeKeyByKey } from './typeKeyByKey.ts';

export type TimedRun = {
  browser: string;
  firstQuestion: number;
  /** The second question painted: the first tap on danger:no that the page took. */
  firstAnswer: number;
  result: number;
  /** Tap → next question's heading painted, for each tap after the first (the first waits for the script). */
  answerLatencies: number[];
  /** Tap on the municipality → result's heading painted. */
  resultLatency: number;
  /** Key typed into the municipality search → its list painted, for each key. */
  keyLatencies: number[];
  /** Taps that did nothing and were repeated. */
  retaps: number;
  /** Other targets of the page slowed down like it (service worker, workers). */
  workers: string[];
  /** Each screen's time from the one before: [mark, ms]. */
  steps: [string, number][];
  /** Main-thread long tasks (ms, summed) that started before the first question was painted. */
  longTasksBeforeFirstQuestion: number;
  longTasksTotal: number;
  waterfall: [string, number, number][];
};

/** One walk of the path on `phone`, in a fresh browser profile. */
export async function timedRun(address: string, phone: Phone, browserPath: string): Promise<TimedRun> {
  const { context, close } = await launchChromium(browserPath);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(120_000);
    await addMarks(page);
    const { browser, workers } = await slowDown(context, page, phone);
    await page.goto(address, { waitUntil: 'commit', timeout: 120_000 });
    await page.locator(FIRST_QUESTION).waitFor({ state: 'visible' });
    let retaps = 0;
    for (const [option, next] of ANSWERS) retaps += await tapUntil(page, `[data-option="${option}"]`, next);
    await typeKeyByKey(page, SEARCH, MUNICIPALITY_QUERY);
    retaps += await tapUntil(page, MUNICIPALITY_MATCH, RESULT);
    await waitForMark(page, SCREENS[SCREENS.length - 1][0]);
    const found = await readMarks(page);

    const at = SCREENS.map(([name]) => found.marks[name]);
    if (at.some((value) => value === undefined)) throw new Error(`Marks missing on ${address}: ${JSON.stringify(found.marks)}`);
    const times = at as number[];
    const latency = (index: number) => {
      const [name] = SCREENS[index];
      const tapped = found.tapBefore[name];
      if (tapped === undefined) throw new Error(`No tap seen before "${name}" on ${address}`);
      return times[index] - tapped;
    };
    // SCREENS: the first question, one screen per answer, the match offered, the result.
    const answerScreens = ANSWERS.map((_, index) => index + 1).slice(1);
    const firstQuestion = times[0];
    const sumLongTasks = (tasks: [number, number][]) => Math.round(tasks.reduce((total, [, duration]) => total + duration, 0));
    return {
      browser,
      firstQuestion,
      firstAnswer: times[1],
      result: times[times.length - 1],
      answerLatencies: answerScreens.map(latency),
      resultLatency: latency(SCREENS.length - 1),
      keyLatencies: found.keys.map((key) => (key.updated ?? NaN) - key.at),
      steps: SCREENS.slice(1).map(([name], index): [string, number] => [name, times[index + 1] - times[index]]),
      retaps,
      workers,
      longTasksBeforeFirstQuestion: sumLongTasks(found.longTasks.filter(([start]) => start < firstQuestion)),
      longTasksTotal: sumLongTasks(found.longTasks),
      waterfall: found.waterfall,
    };
  } finally {
    await close();
  }
}

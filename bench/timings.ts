import { ms } from './format.ts';
import { log } from './log.ts';
import { SCREENS } from './path.ts';
import { median, spread } from './stats.ts';
import type { Phone } from './slowPhone.ts';
import { timedRun, type TimedRun } from './timedRun.ts';

/** Per run the median and the worst of its latencies; over the runs, the spread of each. */
const typicalAndWorst = (runs: number[][]) => ({
  median: spread(runs.map((latencies) => median(latencies))),
  worst: spread(runs.map((latencies) => Math.max(...latencies))),
});

function summary(runs: TimedRun[]) {
  const of = (figure: (run: TimedRun) => number) => spread(runs.map(figure));
  // The run with the median first question, to show where its time went.
  const middle = [...runs].sort((a, b) => a.firstQuestion - b.firstQuestion)[Math.floor((runs.length - 1) / 2)];
  return {
    firstQuestion: of((run) => run.firstQuestion),
    firstAnswer: of((run) => run.firstAnswer),
    result: of((run) => run.result),
    afterFirstQuestion: of((run) => run.result - run.firstQuestion),
    answerLatency: typicalAndWorst(runs.map((run) => run.answerLatencies)),
    resultLatency: of((run) => run.resultLatency),
    keyLatency: typicalAndWorst(runs.map((run) => run.keyLatencies)),
    retaps: runs.map((run) => run.retaps),
    workers: runs.map((run) => run.workers),
    steps: SCREENS.slice(1).map(([name], index) => ({ step: name, ...of((run) => run.steps[index][1]) })),
    longTasksBeforeFirstQuestion: of((run) => run.longTasksBeforeFirstQuestion),
    longTasksTotal: of((run) => run.longTasksTotal),
    waterfall: middle.waterfall,
    firstQuestionOfWaterfall: middle.firstQuestion,
  };
}
export type Timings = ReturnType<typeof summary>;

/**
 * `runs` timed runs of each page on `phone`, named by address. The order turns each round, so that no page always
 * runs on a warmer or cooler machine.
 */
export async function timings(pages: Record<string, string>, runs: number, phone: Phone, browserPath: string) {
  const names = Object.keys(pages);
  const results: Record<string, TimedRun[]> = Object.fromEntries(names.map((name) => [name, []]));
  let browser = 'Chromium';
  for (let round = 0; round < runs; round += 1) {
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) {
      const run = await timedRun(pages[name], phone, browserPath);
      results[name].push(run);
      browser = run.browser;
      log(
        `timed run ${round + 1}/${runs} ${phone.name} ${name}: first question ${ms(run.firstQuestion)}, first answer taken ` +
          `${ms(run.firstAnswer)}, result ${ms(run.result)}, answers ${run.answerLatencies.map(ms).join(' ')}, ` +
          `keys ${run.keyLatencies.map(ms).join(' ')}, taps in vain ${run.retaps}` +
          (run.workers.length ? `, also slowed: ${run.workers.join(', ')}` : ''),
      );
    }
  }
  return { browser, pages: Object.fromEntries(names.map((name) => [name, summary(results[name])])) };
}

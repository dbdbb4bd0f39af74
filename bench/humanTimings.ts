import { ms } from './format.ts';
import { humanRun, type HumanRun } from './humanRun.ts';
import { log } from './log.ts';
import { median, spread } from './stats.ts';
import type { Phone } from './slowPhone.ts';

function summary(runs: HumanRun[]) {
  const of = (figure: (run: HumanRun) => number) => spread(runs.map(figure));
  const answers = (run: HumanRun) => run.taps.slice(0, -1).map(([, latency]) => latency);
  return {
    /** Each tap → next screen painted (the last: the pick → the result's head), over the runs. */
    taps: runs[0].taps.map(([step], index) => ({ step, ...of((run) => run.taps[index][1]) })),
    answerLatency: { median: of((run) => median(answers(run))), worst: of((run) => Math.max(...answers(run))) },
    keyLatency: { median: of((run) => median(run.keys)), worst: of((run) => Math.max(...run.keys)) },
    resultHead: of((run) => run.taps[run.taps.length - 1][1]),
    resultWhole: of((run) => run.resultWhole),
    retaps: runs.map((run) => run.retaps),
  };
}
export type HumanTimings = ReturnType<typeof summary>;

/**
 * `runs` walks of each page at a person's pace on `phone` (bench/humanRun.ts), named by address; the order
 * turns each round, as in timings.ts.
 */
export async function humanTimings(pages: Record<string, string>, runs: number, phone: Phone, browserPath: string) {
  const names = Object.keys(pages);
  const results: Record<string, HumanRun[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < runs; round += 1) {
    for (const name of names.map((_, index) => names[(index + round) % names.length])) {
      const run = await humanRun(pages[name], phone, browserPath);
      results[name].push(run);
      log(
        `human run ${round + 1}/${runs} ${name}: taps ${run.taps.map(([, latency]) => ms(latency)).join(' ')}, ` +
          `keys ${run.keys.map(ms).join(' ')}, result whole ${ms(run.resultWhole)}, taps in vain ${run.retaps}`,
      );
    }
  }
  return Object.fromEntries(names.map((name) => [name, summary(results[name])]));
}

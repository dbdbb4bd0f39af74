import type { FirstLoad } from './firstLoad.ts';
import type { HumanTimings } from './humanTimings.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import type { Modules } from './modules.ts';
import type { Phone } from './slowPhone.ts';
import type { Timings } from './timings.ts';

/** Everything one bench run measured: what bench/results/bench.json holds and the report shows. */
export type Figures = {
  date: string;
  revision: string;
  chromium: string;
  node: string;
  /** The machine's 1-minute load average at the start and the end: other work makes timings noisy. */
  load: { before: number; after: number };
  conditions: {
    runs: number;
    lighthouseRuns: number;
    /** Walks at a person's pace per page (bench/humanRun.ts). */
    humanRuns: number;
    retapMs: number;
    /** The phone of `timings`, and that of `fastTimings`. */
    phone: Phone;
    fastPhone: Phone;
  };
  buildMs: number;
  seconds: number;
  /** The app by address ('/', '/nl/'), beside the static lower bound. */
  firstLoad: { app: Record<string, FirstLoad>; static: FirstLoad };
  timings: { app: Record<string, Timings>; static: Timings };
  /** The same path on a fast network with the same CPU: the front door only, beside the static page. */
  fastTimings: { app: Record<string, Timings>; static: Timings };
  /** The same path at a person's pace on the slow phone (read 1.5 s, type at 200 ms a key): the front door. */
  human: { app: Record<string, HumanTimings>; static: HumanTimings };
  modules: Modules;
  lighthouse: LighthouseFigures;
};

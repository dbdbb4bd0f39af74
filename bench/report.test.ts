import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets.ts';
import type { Figures } from './figures.ts';
import type { FirstLoad } from './firstLoad.ts';
import { report } from './report.ts';
import { spread } from './stats.ts';
import type { HumanTimings } from './humanTimings.ts';
import type { Timings } from './timings.ts';

const load = (gzip: number, requests: number): FirstLoad => ({
  responses: [{ url: '/', type: 'document', status: 200, bytes: gzip * 3, gzip, brotli: gzip - 100, served: gzip, startedMs: 0 }],
  afterFirstScreen: [],
  requests,
  bytes: gzip * 3,
  gzip,
  brotli: gzip - 100,
  served: gzip,
});

/** Timings whose every figure is `base` plus a distinct offset, so each can be found in the report. */
const timing = (base: number): Timings => ({
  firstQuestion: spread([base + 1]),
  firstAnswer: spread([base + 2]),
  result: spread([base + 3]),
  afterFirstQuestion: spread([base + 4]),
  answerLatency: { median: spread([base + 5]), worst: spread([base + 6]) },
  resultLatency: spread([base + 7]),
  keyLatency: { median: spread([base + 8]), worst: spread([base + 9]) },
  retaps: [3],
  workers: [[]],
  steps: [{ step: 'tap danger:no → role', ...spread([base + 10]) }],
  longTasksBeforeFirstQuestion: spread([base + 11]),
  longTasksTotal: spread([base + 12]),
  waterfall: [['/assets/index.js', 10, base + 13]],
  firstQuestionOfWaterfall: base + 1,
});

/** A person's walk whose every figure is `base` plus a distinct offset. */
const walk = (base: number): HumanTimings => ({
  taps: [
    { step: 'tap danger:no → [data-question="role"]', ...spread([base + 21]) },
    { step: 'tap municipality:GM0180 → result', ...spread([base + 22]) },
  ],
  answerLatency: { median: spread([base + 23]), worst: spread([base + 24]) },
  keyLatency: { median: spread([base + 25]), worst: spread([base + 26]) },
  resultHead: spread([base + 22]),
  resultWhole: spread([base + 27]),
  retaps: [0],
});

const scores = (performance: number) => ({
  performance,
  accessibility: 100,
  performanceRuns: [performance],
  accessibilityRuns: [100],
  metrics: { firstContentfulPaint: 901, largestContentfulPaint: 902, totalBlockingTime: 903, speedIndex: 904, cumulativeLayoutShift: 0 },
  failedAudits: [],
});

const figures: Figures = {
  date: '2025-01-01T00:00:00.000Z',
  revision: 'abc1234',
  chromium: 'Chrome/150',
  node: 'v20',
  load: { before: 0.5, after: 1.5 },
  conditions: {
    runs: 1,
    lighthouseRuns: 1,
    humanRuns: 1,
    retapMs: 250,
    phone: { name: 'slow phone', network: { name: 'slow', latency: 400, down: 50_000, up: 50_000 }, cpuSlowdown: 4 },
    fastPhone: { name: 'fast network', cpuSlowdown: 4 },
  },
  buildMs: 3000,
  seconds: 120,
  firstLoad: { app: { '/': load(110_000, 5), '/nl/': load(121_200, 6) }, static: load(7_800, 1) },
  timings: { app: { '/': timing(1000), '/nl/': timing(2000) }, static: timing(500) },
  fastTimings: { app: { '/': timing(4000) }, static: timing(2500) },
  human: { app: { '/': walk(1000) }, static: walk(500) },
  modules: {
    top: [
      {
        module: 'node_modules/react-dom/cjs/react-dom.js',
        package: 'react-dom',
        chunk: 'index.js',
        initial: true,
        rendered: 500_000,
        minifiedEstimate: 180_000,
        gzipEstimate: 55_000,
      },
    ],
    byPackage: [{ package: 'react-dom', rendered: 500_000, minifiedEstimate: 180_000, gzipEstimate: 55_000 }],
    chunks: [{ chunk: 'index.js', initial: true, bytes: 350_000, gzip: 110_000 }],
  },
  lighthouse: { app: { '/': scores(97), '/uk/': scores(99) }, static: scores(100) },
};

describe('report', () => {
  const markdown = report(figures, checkBudgets(figures));

  it('shows the first load at each address beside the static page, as a ratio to it', () => {
    expect(markdown).toContain('| first load, gzip | 110.0 KB | 121.2 KB | 7.8 KB | 14.10× | 15.54× | ≤ 110.0 KB | **MISSED** at `/nl/` |');
    expect(markdown).toContain('| first load, requests | 5 | 6 | 1 |');
  });

  it('contains each timed figure of each page', () => {
    for (const base of [500, 1000, 2000]) for (let offset = 1; offset <= 12; offset += 1) expect(markdown).toContain(`${base + offset} ms`);
    // On the fast network: first question and answer, result, answer and key latency, result latency, long tasks.
    for (const base of [2500, 4000]) for (const offset of [1, 2, 3, 5, 7, 8, 12]) expect(markdown).toContain(`${base + offset} ms`);
    for (const base of [1000, 2000]) expect(markdown).toContain(`| /assets/index.js | 10 | ${base + 13} |`);
  });

  it('shows the time ratios to the static page, judged at / only', () => {
    // 1001 / 501 ms and 1003 / 503 ms at /; 2001 / 501 ms and 2003 / 503 ms at /nl/.
    expect(markdown).toMatch(/\| first question painted \| 1001 ms .* \| 2\.00× \| 3\.99× \| ≤ 1\.50× \| \*\*MISSED\*\* at `\/` \|/);
    expect(markdown).toMatch(
      /\| load → result \(the whole path; judged on a fast network, below\) \| .* \| 1\.99× \| 3\.98× \| {2}\| {2}\|/,
    );
  });

  it('judges load → result on a fast network, at / beside the static page', () => {
    // 4003 / 2503 ms.
    expect(markdown).toContain('### On a fast network (4× CPU slowdown, network not throttled)');
    expect(markdown).toMatch(
      /\| load → result \(the whole path\) \| 4003 ms .* \| 2503 ms .* \| 1\.60× \| ≤ 1\.50× \| \*\*MISSED\*\* at `\/` \|/,
    );
    expect(markdown).toContain('- load → result ÷ static, fast network at /: 1.60×, budget ≤ 1.50×');
  });

  it('shows Lighthouse at each address and names each missed budget', () => {
    expect(markdown).toContain('| performance | 97 (runs 97) | 99 (runs 99) | 100 | ≥ 98 | **MISSED** at `/` |');
    expect(markdown).toContain('- Lighthouse mobile performance at /: 97, budget ≥ 98');
    expect(markdown).toContain('- first load, gzip at /nl/: 121.2 KB, budget ≤ 110.0 KB');
    expect(markdown).toMatch(/\| first answer taken .* \| 2\.00× \| 3\.99× \| ≤ 1\.30× \| \*\*MISSED\*\* at `\/` \|/);
    expect(markdown).toContain('**Budgets missed (7):**');
  });

  it("shows a person's walk beside the static page: every tap, the result's head and whole, the keys", () => {
    expect(markdown).toContain('### A person on the slow phone');
    for (const base of [500, 1000]) for (let offset = 21; offset <= 27; offset += 1) expect(markdown).toContain(`${base + offset} ms`);
    // 1022 / 522 ms: the pick → the result's head.
    expect(markdown).toMatch(/\| tap municipality:GM0180 → result \(its head: .*\| 1\.96× \| ≤ 2\.00× \| ok \|/);
    // 1021 / 521 ms: the slowest answer, its verdict on the first row.
    expect(markdown).toMatch(/\| tap danger:no → \[data-question="role"\] \| 1021 ms .* \| 1\.96× \| ≤ 2\.00× \| ok \|/);
  });
});

import { missedBudgets, type Budget, type Check } from './budgets.ts';
import type { Figures } from './figures.ts';
import { kb, ms, showSpread, times } from './format.ts';
import { describePhone } from './slowPhone.ts';
import type { Spread } from './stats.ts';
import { toStatic } from './stats.ts';
import type { Timings } from './timings.ts';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const header = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];
const at = (address: string) => `\`${address}\``;

/** ok, or where the budget was missed. Rows without a budget get an empty cell. */
function verdict(checks: Check[], budget: Budget | undefined): string {
  if (!budget) return '';
  const missed = checks.filter((check) => check.budget === budget && !check.met).map((check) => at(check.address));
  return missed.length ? `**MISSED** at ${missed.join(', ')}` : 'ok';
}
const limitOf = (checks: Check[], budget: Budget | undefined) => checks.find((check) => check.budget === budget)?.limit ?? '';

type AddRow = (figure: string, cells: string[], ratios?: number[], budget?: Budget) => void;

/**
 * A table of the app at each address beside the static page and as a ratio to it, with the budget and its
 * verdict; `add` puts in a row (`cells`: the app at each address, then the static page).
 */
function ratioTable(addresses: string[], checks: Check[]): { lines: string[]; add: AddRow } {
  const lines = header([
    'figure',
    ...addresses.map((a) => `app at ${at(a)}`),
    'static lower bound',
    ...addresses.map((a) => `${at(a)} ÷ static`),
    'budget',
    '',
  ]);
  const add: AddRow = (figure, cells, ratios = [], budget) => {
    const shownRatios = addresses.map((_, index) => (index in ratios ? times(ratios[index]) : ''));
    lines.push(row([figure, ...cells, ...shownRatios, limitOf(checks, budget), verdict(checks, budget)]));
  };
  return { lines, add };
}

/** A row maker for timings: each address's spread, the static page's, and the ratios of their medians. */
const timeRows =
  <T = Timings>(add: AddRow, timings: { app: Record<string, T>; static: T }, addresses: string[]) =>
  (figure: string, of: (t: T) => Spread, budget?: Budget) =>
    add(
      figure,
      [...addresses.map((a) => showSpread(of(timings.app[a]))), showSpread(of(timings.static))],
      addresses.map((a) => toStatic(of(timings.app[a]).median, of(timings.static).median)),
      budget,
    );

/** The main table: one row per figure, the app at each address beside the static page and as a ratio to it. */
function figureTable(figures: Figures, checks: Check[]): string[] {
  const addresses = Object.keys(figures.timings.app);
  const { lines, add } = ratioTable(addresses, checks);

  const loads = [...addresses.map((a) => figures.firstLoad.app[a]), figures.firstLoad.static];
  const size = (figure: string, key: 'gzip' | 'brotli' | 'bytes', budget?: Budget) =>
    add(
      figure,
      loads.map((load) => kb(load[key])),
      loads.slice(0, -1).map((load) => toStatic(load[key], figures.firstLoad.static[key])),
      budget,
    );
  size('first load, gzip', 'gzip', 'firstLoadGzip');
  size('first load, brotli', 'brotli');
  size('first load, uncompressed', 'bytes');
  add(
    'first load, requests',
    loads.map((load) => String(load.requests)),
    [],
    'firstLoadRequests',
  );

  const time = timeRows(add, figures.timings, addresses);
  time('first question painted', (t) => t.firstQuestion, 'firstQuestionRatio');
  time(
    `first answer taken (tap repeated every ${figures.conditions.retapMs} ms until it works)`,
    (t) => t.firstAnswer,
    'secondQuestionRatio',
  );
  time(
    'answer latency, median of a path (tap → next question painted, taps after the first)',
    (t) => t.answerLatency.median,
    'answerLatencyRatio',
  );
  time('answer latency, worst of a path', (t) => t.answerLatency.worst);
  time('tap on the municipality → result painted', (t) => t.resultLatency);
  time('municipality search, median of a query (key → list painted)', (t) => t.keyLatency.median, 'searchKeyRatio');
  time('municipality search, worst of a query', (t) => t.keyLatency.worst);
  time('load → result (the whole path; judged on a fast network, below)', (t) => t.result);
  time('of which after the first question', (t) => t.afterFirstQuestion);
  time('long tasks before the first question', (t) => t.longTasksBeforeFirstQuestion);
  time('long tasks, whole path', (t) => t.longTasksTotal);
  add(
    'taps in vain per run',
    [...addresses.map((a) => figures.timings.app[a]), figures.timings.static].map((page) => page.retaps.join(', ')),
  );
  return lines;
}

/** The path at the front door on a fast network with the same CPU: the browser's work alone. */
function fastTable(figures: Figures, checks: Check[]): string[] {
  const addresses = Object.keys(figures.fastTimings.app);
  const { lines, add } = ratioTable(addresses, checks);
  const time = timeRows(add, figures.fastTimings, addresses);
  time('first question painted', (t) => t.firstQuestion);
  time('first answer taken', (t) => t.firstAnswer);
  time('answer latency, median of a path', (t) => t.answerLatency.median);
  time('municipality search, median of a query', (t) => t.keyLatency.median);
  time('tap on the municipality → result painted', (t) => t.resultLatency);
  time('load → result (the whole path)', (t) => t.result, 'resultRatio');
  time('long tasks, whole path', (t) => t.longTasksTotal);
  return [`### On a fast network (${describePhone(figures.conditions.fastPhone)})`, '', ...lines];
}

/** The path at a person's pace on the slow phone (bench/humanRun.ts), each tap and key beside the static page. */
function humanTable(figures: Figures, checks: Check[]): string[] {
  const addresses = Object.keys(figures.human.app);
  const { lines, add } = ratioTable(addresses, checks);
  const time = timeRows(add, figures.human, addresses);
  figures.human.static.taps.forEach((tap, index) => {
    const last = index === figures.human.static.taps.length - 1;
    time(
      last ? `${tap.step} (its head: 112, first step, first advice)` : tap.step,
      (t) => t.taps[index],
      last ? 'humanResultRatio' : index === 0 ? 'humanAnswerRatio' : undefined,
    );
  });
  time('→ the result whole', (t) => t.resultWhole);
  time('answer, median of a walk', (t) => t.answerLatency.median);
  time('answer, worst of a walk', (t) => t.answerLatency.worst);
  time('key → list painted, median of a walk', (t) => t.keyLatency.median, 'humanKeyRatio');
  time('key → list painted, worst of a walk', (t) => t.keyLatency.worst);
  add(
    'taps in vain per walk',
    [...addresses.map((a) => figures.human.app[a]), figures.human.static].map((page) => page.retaps.join(', ')),
  );
  return [
    `### A person on the slow phone (${describePhone(figures.conditions.phone)}; ${figures.conditions.humanRuns} walks per page)`,
    '',
    'Reads each screen 1.5 s before tapping, types "Staphorst" at 200 ms a key without waiting for the list, reads the ' +
      'list 1.5 s and picks. Each tap or key → the next screen or list painted. The budget on every answer is judged on ' +
      'the slowest step (its verdict stands on the first row).',
    '',
    ...lines,
  ];
}

function lighthouseTable(figures: Figures, checks: Check[]): string[] {
  const lh = figures.lighthouse;
  if (!('app' in lh)) return [`Lighthouse skipped: ${lh.skipped.split('\n')[0]}`];
  const addresses = Object.keys(lh.app);
  const lines = header(['Lighthouse (mobile)', ...addresses.map((a) => `app at ${at(a)}`), 'static lower bound', 'budget', '']);
  const scores = (key: 'performance' | 'accessibility') =>
    lines.push(
      row([
        key,
        ...addresses.map((a) => `${lh.app[a][key]} (runs ${lh.app[a][`${key}Runs`].join(', ')})`),
        String(lh.static[key]),
        limitOf(checks, key),
        verdict(checks, key),
      ]),
    );
  scores('performance');
  scores('accessibility');
  const paints = (m: (typeof lh.static)['metrics']) =>
    `${ms(m.firstContentfulPaint)} / ${ms(m.largestContentfulPaint)} / ${ms(m.totalBlockingTime)}`;
  lines.push(row(['FCP / LCP / TBT (first run)', ...addresses.map((a) => paints(lh.app[a].metrics)), paints(lh.static.metrics), '', '']));
  for (const a of addresses)
    if (lh.app[a].failedAudits.length) lines.push('', `Audits below 0.9 at ${at(a)}: ${lh.app[a].failedAudits.join(', ')}.`);
  return lines;
}

function requestTables(figures: Figures): string[] {
  const loads = Object.entries(figures.firstLoad.app);
  return [
    '',
    '### First load at each address (gzip, requests; the budget holds at each)',
    '',
    ...header(['address', 'gzip', 'brotli', 'requests']),
    ...loads.map(([address, load]) => row([at(address), kb(load.gzip), kb(load.brotli), String(load.requests)])),
    ...loads.flatMap(([address, load]) => [
      '',
      `### First-load requests at ${at(address)} (started before the first question was painted and working)`,
      '',
      ...header(['request', 'type', 'status', 'uncompressed', 'gzip', 'brotli', 'as served']),
      ...load.responses.map((r) => row([r.url, r.type, r.status, kb(r.bytes), kb(r.gzip), kb(r.brotli), kb(r.served)])),
      ...(load.afterFirstScreen.length
        ? ['', `Fetched in the 2 s after (not counted): ${load.afterFirstScreen.map((r) => `${r.url} (${kb(r.gzip)} gzip)`).join(', ')}.`]
        : []),
    ]),
  ];
}

function stepTable(figures: Figures): string[] {
  const addresses = Object.keys(figures.timings.app);
  const pages = [...addresses.map((a) => figures.timings.app[a]), figures.timings.static];
  return [
    '',
    '### Step by step (ms from the screen before; median (min–max); includes the test driver’s own time per tap or key)',
    '',
    ...header(['step', ...addresses.map((a) => `app at ${at(a)}`), 'static']),
    row(['navigation → first question painted', ...pages.map((page) => showSpread(page.firstQuestion))]),
    ...figures.timings.static.steps.map((step, index) => row([step.step, ...pages.map((page) => showSpread(page.steps[index]))])),
  ];
}

function waterfalls(figures: Figures): string[] {
  return Object.entries(figures.timings.app).flatMap(([address, timing]) => [
    '',
    `### Where the time went at ${at(address)} (the run with the median first question, ${ms(timing.firstQuestionOfWaterfall)}; ms from navigation start)`,
    '',
    ...header(['resource', 'requested', 'received']),
    ...timing.waterfall.map(([name, start, end]) => row([name, start, end])),
  ]);
}

function moduleTables(figures: Figures): string[] {
  const { top, byPackage, chunks } = figures.modules;
  return [
    '',
    '### Biggest modules (rendered length before minification, in characters; minified and gzip are shares of their chunk)',
    '',
    ...header(['module', 'package', 'chunk', 'rendered', '≈ minified', '≈ gzip']),
    ...top.map((m) =>
      row([
        m.module,
        m.package,
        `${m.chunk}${m.initial ? ' (first load)' : ''}`,
        kb(m.rendered),
        kb(m.minifiedEstimate),
        kb(m.gzipEstimate),
      ]),
    ),
    '',
    '### First-load JavaScript by package',
    '',
    ...header(['package', 'rendered', '≈ minified', '≈ gzip']),
    ...byPackage.map((p) => row([p.package, kb(p.rendered), kb(p.minifiedEstimate), kb(p.gzipEstimate)])),
    '',
    `Chunks: ${chunks.map((c) => `${c.chunk}${c.initial ? ' (first load)' : ''} ${kb(c.bytes)} / ${kb(c.gzip)} gzip`).join('; ')}.`,
  ];
}

/** The bench's Markdown: what it measured, against the budgets, with the detail to find out why. */
export function report(figures: Figures, checks: Check[]): string {
  const { conditions } = figures;
  const missed = missedBudgets(checks);
  return [
    `## Benchmark: Is dit wel pluis? (${figures.revision})`,
    '',
    `${figures.chromium}, Node ${figures.node}; timed runs: ${conditions.runs} per page, fresh profile each, ` +
      `${describePhone(conditions.phone)}, served gzip by vite preview (and once more at \`/\` on a fast network, below). ` +
      'Timings are from navigation start to the frame painted, median (min–max) over the runs; latencies are per run ' +
      '(the median or worst of its taps or keys), then median (min–max) over the runs. KB = 1000 bytes; gzip level 9, ' +
      `brotli quality 11. Machine load (1-min average) ${figures.load.before.toFixed(1)} at the start, ${figures.load.after.toFixed(1)} at the end.`,
    '',
    ...figureTable(figures, checks),
    '',
    ...fastTable(figures, checks),
    '',
    ...humanTable(figures, checks),
    '',
    ...lighthouseTable(figures, checks),
    ...requestTables(figures),
    ...stepTable(figures),
    ...waterfalls(figures),
    ...moduleTables(figures),
    '',
    missed.length ? `**Budgets missed (${missed.length}):**\n${missed.map((miss) => `- ${miss}`).join('\n')}` : '**All budgets met.**',
    '',
    `Bench took ${figures.seconds.toFixed(0)} s (build ${ms(figures.buildMs)}).`,
  ].join('\n');
}

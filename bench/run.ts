/**
 * The benchmark of "Is dit wel pluis?": `npm run bench`. Not part of `npm test` (timings are noisy).
 * Exits 0 when every budget is met, 1 when one is missed (each missed figure is named), 2+ on a crash.
 *
 * One run, on this machine, in the browser scripts/findBrowser.ts finds (CHROME_PATH first; printed at the start):
 *  1. builds the app into bench/results/dist/ and serves it with `vite preview`, which gzips like a static
 *     host, beside bench/static/index.html: a hand-written page without a framework that asks the same path
 *     with the same hooks, the lower bound. The app is reported as ratios to it;
 *  2. first-load transfer at `/` and `/nl/` (firstLoad.ts), the biggest modules (modules.ts);
 *  3. timed runs on a slow phone at `/` and `/nl/` (timings.ts): first question, result, answer latency and
 *     municipality search speed; then at `/` with the same CPU on a fast network, where load → result is judged;
 *  4. a person's walk on the slow phone at `/` and on the static page (humanTimings.ts, humanRun.ts): reads each
 *     screen 1.5 s, types "Staphorst" at 200 ms a key; every tap and key → the next screen or list painted;
 *  5. Lighthouse mobile at `/` and `/uk/` (lighthouse.ts);
 *  6. the budgets (budgets.ts) and the Markdown report (report.ts), also in bench/results/bench.md, with
 *     every figure in bench/results/bench.json (git-ignored).
 * Environment: BENCH_RUNS (timed runs per page, default 7), BENCH_HUMAN_RUNS (a person's walks per page,
 * default 3), BENCH_LIGHTHOUSE_RUNS (runs per address, default 3; 0 skips Lighthouse), CHROME_PATH. Other work on the machine makes the timings noisy: the report
 * shows the load average before and after.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { checkBudgets, FRONT_DOOR, missedBudgets } from './budgets.ts';
import type { Figures } from './figures.ts';
import { findBrowser } from '../scripts/findBrowser.ts';
import { firstLoad } from './firstLoad.ts';
import { humanTimings } from './humanTimings.ts';
import { lighthouse } from './lighthouse.ts';
import { log } from './log.ts';
import { modules } from './modules.ts';
import { OUT, RESULTS, ROOT, STATIC } from './folders.ts';
import { report } from './report.ts';
import { revision } from './revision.ts';
import { serveDist } from '../scripts/serveDist.ts';
import { describePhone, FAST_NETWORK, SLOW_PHONE } from './slowPhone.ts';
import { RETAP_MS } from './tap.ts';
import { timings } from './timings.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const LIGHTHOUSE_RUNS = Math.max(0, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const HUMAN_RUNS = Math.max(1, Number(process.env.BENCH_HUMAN_RUNS ?? 3));
/** The app's addresses for transfer and timings: the bare one a visitor types, and a language page. */
const TIMED = ['/', '/nl/'];
const LIGHTHOUSE = ['/', '/uk/'];
/** First load (issue 26): the front door and each language's page. */
const FIRST_LOAD = ['/', '/nl/', '/uk/', '/en/'];

async function main() {
  const browser = await findBrowser('bench');
  log(`browser: ${browser.description}`);
  try {
    await measure(browser.path);
  } finally {
    browser.dispose();
  }
}

async function measure(browserPath: string) {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const measured = revision();
  mkdirSync(RESULTS, { recursive: true });
  log('building the app into bench/results/dist/');
  const buildStarted = performance.now();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  const buildMs = performance.now() - buildStarted;
  const app = await serveDist({ root: ROOT, build: { outDir: OUT } });
  const lowerBound = await serveDist({ configFile: false, root: STATIC, build: { outDir: STATIC } });
  try {
    const appAt = (addresses: string[]) => Object.fromEntries(addresses.map((address) => [address, `${app.url}${address}`]));
    log(`first load (unthrottled) of ${FIRST_LOAD.join(', ')} and the static page`);
    const appLoads: Figures['firstLoad']['app'] = {};
    for (const address of FIRST_LOAD) appLoads[address] = await firstLoad(`${app.url}${address}`, browserPath);
    const staticLoad = await firstLoad(`${lowerBound.url}/`, browserPath);
    const bundle = await modules();
    log(`timed runs: ${RUNS} per page, ${describePhone(SLOW_PHONE)}`);
    const slow = await timings({ ...appAt(TIMED), static: `${lowerBound.url}/` }, RUNS, SLOW_PHONE, browserPath);
    log(`timed runs: ${RUNS} per page, ${describePhone(FAST_NETWORK)}`);
    const fast = await timings({ ...appAt([FRONT_DOOR]), static: `${lowerBound.url}/` }, RUNS, FAST_NETWORK, browserPath);
    log(`human-paced walks: ${HUMAN_RUNS} per page, ${describePhone(SLOW_PHONE)}`);
    const { static: humanStatic, ...humanApp } = await humanTimings(
      { ...appAt([FRONT_DOOR]), static: `${lowerBound.url}/` },
      HUMAN_RUNS,
      SLOW_PHONE,
      browserPath,
    );
    log(`lighthouse: ${LIGHTHOUSE_RUNS} run(s) at each of ${LIGHTHOUSE.join(', ')}, 1 of the static page`);
    const lh = await lighthouse(appAt(LIGHTHOUSE), `${lowerBound.url}/`, LIGHTHOUSE_RUNS, browserPath);

    const { static: staticTimings, ...appTimings } = slow.pages;
    const { static: fastStatic, ...fastApp } = fast.pages;
    const figures: Figures = {
      date: new Date().toISOString(),
      revision: measured,
      chromium: slow.browser,
      node: process.version,
      load: { before: loadBefore, after: loadavg()[0] },
      conditions: {
        runs: RUNS,
        lighthouseRuns: LIGHTHOUSE_RUNS,
        humanRuns: HUMAN_RUNS,
        retapMs: RETAP_MS,
        phone: SLOW_PHONE,
        fastPhone: FAST_NETWORK,
      },
      buildMs,
      seconds: (performance.now() - started) / 1000,
      firstLoad: { app: appLoads, static: staticLoad },
      timings: { app: appTimings, static: staticTimings },
      fastTimings: { app: fastApp, static: fastStatic },
      human: { app: humanApp, static: humanStatic },
      modules: bundle,
      lighthouse: lh,
    };
    const checks = checkBudgets(figures);
    const markdown = report(figures, checks);
    process.stdout.write(`${markdown}\n`);
    writeFileSync(join(RESULTS, 'bench.md'), `${markdown}\n`);
    writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify({ ...figures, checks, missed: missedBudgets(checks) }, null, 2)}\n`);
    process.exitCode = checks.every((check) => check.met) ? 0 : 1;
  } finally {
    await app.close();
    await lowerBound.close();
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});

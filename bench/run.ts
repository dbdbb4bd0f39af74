/**
 * The benchmark of "Is dit wel pluis?": `npm run bench` (or `npx tsx bench/run.ts`). Not part of `npm test`.
 * Exits 0 when every budget is met, 1 when one is missed (each missed figure is named), 2+ on a crash.
 *
 * One run, on this machine, with Debian's Chromium (scripts/chromium.ts; CHROME_PATH overrides):
 *  1. builds the app with Vite into bench/results/dist/ (not dist/, so a build or test running beside it is
 *     left alone) and serves it with `vite preview`, which gzips like a static host;
 *  2. first-load transfer: loads /nl/ in Chromium and records every request started before the first
 *     question ([data-question="danger"]) is visible and works (hydrated, for the app's prerendered pages);
 *     each body is compressed here (gzip level 9, brotli
 *     quality 11). Requests in the 2 s after are listed, not counted;
 *  3. the biggest modules of the bundle (a second build with `write: false`: rolldown's `renderedLength`);
 *  4. timings on a slow phone: 4× CPU slowdown and a slow network (CDP; 400 ms latency, 400 kbit/s down and
 *     up), a fresh profile per run, the page's service worker slowed down too. From navigation start to the
 *     first question visible, to the first tap taken, and to the result after one full path through the
 *     page contract (danger:no, role:host, age:4-12, concern:home-violence, suspect:parent, type "Staph",
 *     municipality:GM0180), with the time of each step. A tap that does nothing (prerendered HTML before its
 *     script runs) is repeated every 250 ms, as a user would;
 *  5. Lighthouse 12 (mobile preset, simulated throttling): performance and accessibility, median of runs;
 *  6. the same for bench/static/index.html, a hand-written page without a framework that asks the same path
 *     with the same hooks and shows its result: the lower bound. The app is reported as ratios to it;
 *  7. budgets: first load ≤ 120 KB gzip and ≤ 6 requests; first question ≤ 1.5× and full path ≤ 1.3× the
 *     static page (medians); Lighthouse mobile performance ≥ 98 and accessibility 100.
 *
 * Prints Markdown (also in bench/results/bench.md) and writes bench/results/bench.json (git-ignored).
 * Environment: BENCH_RUNS (timed runs per page, default 7), BENCH_LIGHTHOUSE_RUNS (app runs, default 3;
 * 0 skips Lighthouse), CHROME_PATH. About 2–3 minutes on 2 cores. Other work on the machine (tests, builds)
 * makes the timings noisy: the output shows the load average before and after.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumPath, launchChromium } from '../scripts/chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const OUT = join(RESULTS, 'dist');
const STATIC = join(ROOT, 'bench', 'static');

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const LIGHTHOUSE_RUNS = Math.max(0, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

/** The slow phone of the timed runs. 400 kbit/s = 50,000 bytes/s. */
const NETWORK = { name: 'Slow 3G-like: 400 ms latency, 400 kbit/s down, 400 kbit/s up', latency: 400, down: 50_000, up: 50_000 };
const CPU_SLOWDOWN = 4;

const FIRST_QUESTION = '[data-question="danger"]';
const RESULT = '[data-screen="result"]';
/** Each answer of the path and the screen it leads to. */
const PATH: [option: string, next: string][] = [
  ['danger:no', '[data-question="role"]'],
  ['role:host', '[data-question="age"]'],
  ['age:4-12', '[data-question="concern"]'],
  ['concern:home-violence', '[data-question="suspect"]'],
  ['suspect:parent', '[data-question="municipality"]'],
];
const MUNICIPALITY_QUERY = 'Staph';
const MUNICIPALITY_OPTION = 'municipality:GM0180';
const MUNICIPALITY_MATCH = `[data-option="${MUNICIPALITY_OPTION}"]`;
/** What is marked in the page, in path order: [mark, selector]. */
const SCREENS: [string, string][] = [
  ['firstQuestion', FIRST_QUESTION],
  ...PATH.map(([option, next]): [string, string] => [`tap ${option} → ${next}`, next]),
  [`type "${MUNICIPALITY_QUERY}" → ${MUNICIPALITY_MATCH} offered`, MUNICIPALITY_MATCH],
  [`tap ${MUNICIPALITY_OPTION} → result`, RESULT],
];
/**
 * A tap that does nothing (a page drawn before its script can answer, e.g. prerendered HTML) is repeated
 * after this long, as a user would tap again.
 */
const RETAP_MS = 250;

/** KB as Vite prints it: 1 KB = 1000 bytes. */
const BUDGET = { firstLoadGzip: 120_000, requests: 6, firstQuestionRatio: 1.5, fullPathRatio: 1.3, performance: 98, accessibility: 100 };

// ---------------------------------------------------------------------------------------------- helpers

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values });
type Spread = ReturnType<typeof spread>;
const showSpread = (s: Spread) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const brotli = (body: Buffer) =>
  brotliCompressSync(body, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;
let browserVersion: string | undefined;

/** The commit measured, and the files changed beside it (outside bench/), so figures can be traced. */
function revision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((line) => line.slice(3).trim())
      .filter((file) => file && !file.startsWith('bench/'));
    return changed.length ? `${head} + changes in ${changed.join(', ')}` : head;
  } catch {
    return 'unknown';
  }
}
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function servePreview(config: Parameters<typeof preview>[0]): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    ...config,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * Runs before any script of the page: notes performance.now() (milliseconds since navigation start) in the
 * animation frame in which the first question, and later the result, are first in the page and visible;
 * and collects the main thread's long tasks (> 50 ms).
 */
const MARK_SCRIPT = `(() => {
  const marks = (window.__benchMarks = {});
  const longTasks = (window.__benchLongTasks = []);
  try {
    new PerformanceObserver((list) => { for (const task of list.getEntries()) longTasks.push([task.startTime, task.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const wanted = ${JSON.stringify(Object.fromEntries(SCREENS))};
  const seen = {};
  const check = () => {
    for (const [name, selector] of Object.entries(wanted)) {
      if (seen[name]) continue;
      const element = document.querySelector(selector);
      if (element && element.checkVisibility()) {
        seen[name] = true;
        requestAnimationFrame(() => { marks[name] = performance.now(); });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'style'] });
})();`;

async function waitForMark(page: Page, name: string) {
  await page.waitForFunction((n) => (window as unknown as { __benchMarks?: Record<string, number> }).__benchMarks?.[n] !== undefined, name, {
    timeout: 120_000,
  });
}

// ------------------------------------------------------------------------------------------ 1. build

async function buildApp() {
  log('building the app into bench/results/dist/');
  const started = performance.now();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------- 2. first-load transfer

type Transfer = {
  url: string;
  type: string;
  status: number;
  bytes: number;
  gzip: number;
  brotli: number;
  served: number;
  startedMs: number;
};

async function firstLoad(url: string, path: string) {
  const { context, close } = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(MARK_SCRIPT);
    const responses: Promise<Transfer | undefined>[] = [];
    page.on('response', (response) => {
      responses.push(
        (async () => {
          const request = response.request();
          if (!/^https?:/.test(request.url())) return undefined;
          const body = await response.body().catch(() => Buffer.alloc(0));
          const sizes = await request.sizes().catch(() => undefined);
          return {
            url: request.url().replace(url, ''),
            type: request.resourceType(),
            status: response.status(),
            bytes: body.length,
            gzip: body.length ? gzip(body) : 0,
            brotli: body.length ? brotli(body) : 0,
            served: sizes ? sizes.responseBodySize : body.length,
            startedMs: request.timing().startTime,
          };
        })(),
      );
    });
    await page.goto(`${url}${path}`);
    await waitForMark(page, 'firstQuestion');
    // The first screen counts as loaded when it works, not only when it shows: the app's language pages
    // show a prerendered first question that answers taps once the app has hydrated it, so everything
    // fetched until then (the script, the translation) belongs to the first load.
    await page.waitForFunction(() => {
      const question = document.querySelector('[data-question]');
      const prerendered = document.getElementById('root')?.dataset.prerendered;
      return question !== null && (!prerendered || Object.keys(question).some((key) => key.startsWith('__reactFiber')));
    });
    const visibleAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    // Whatever the page fetches just after the first screen (lazy chunks, service worker) is listed apart.
    await page.waitForTimeout(2000);
    const all = (await Promise.all(responses)).filter((item): item is Transfer => !!item);
    const firstScreen = all.filter((item) => item.startedMs <= visibleAt);
    const later = all.filter((item) => item.startedMs > visibleAt);
    const sum = (items: Transfer[], key: 'bytes' | 'gzip' | 'brotli' | 'served') => items.reduce((total, item) => total + item[key], 0);
    return {
      responses: firstScreen,
      afterFirstScreen: later,
      requests: firstScreen.length,
      bytes: sum(firstScreen, 'bytes'),
      gzip: sum(firstScreen, 'gzip'),
      brotli: sum(firstScreen, 'brotli'),
      served: sum(firstScreen, 'served'),
    };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------------------------- 3. biggest modules

function packageOf(id: string): string {
  const clean = id.replace(/^\0/, '');
  const inModules = clean.split(/[\\/]node_modules[\\/]/).pop();
  if (inModules !== clean && inModules) {
    const parts = inModules.split(/[\\/]/);
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (clean.startsWith('virtual:')) return `app: ${clean}`;
  if (!clean.startsWith(ROOT)) return clean.split('/')[0] || clean; // rolldown/runtime.js, vite/modulepreload-polyfill.js
  const parts = relative(ROOT, clean).split(sep);
  return parts.length > 1 ? `app: ${parts[0]}/` : `app: ${parts[0]}`;
}

type OutputChunk = {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  modules: Record<string, { renderedLength: number }>;
};
type OutputAsset = { type: 'asset'; fileName: string; source: string | Uint8Array };

async function modules() {
  log('building once more (write: false) for the module list');
  const result = (await build({ root: ROOT, logLevel: 'silent', build: { write: false, outDir: OUT } })) as unknown;
  const outputs = (Array.isArray(result) ? result : [result]) as { output: (OutputChunk | OutputAsset)[] }[];
  const chunks = outputs.flatMap((output) => output.output).filter((item): item is OutputChunk => item.type === 'chunk');

  // The chunks the first screen loads for sure: the entry and what it imports statically.
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    chunks.find((chunk) => chunk.fileName === name)?.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));

  const rows = chunks.flatMap((chunk) => {
    const rendered = Object.values(chunk.modules).reduce((total, module) => total + module.renderedLength, 0) || 1;
    const chunkBytes = Buffer.byteLength(chunk.code);
    const chunkGzip = gzip(Buffer.from(chunk.code));
    return Object.entries(chunk.modules).map(([id, module]) => ({
      module: id.startsWith(ROOT) ? relative(ROOT, id) : id.replace(/^\0/, ''),
      package: packageOf(id),
      chunk: chunk.fileName,
      initial: initial.has(chunk.fileName),
      rendered: module.renderedLength,
      // Minification and compression work on the whole chunk; these shares of it are estimates.
      minifiedEstimate: Math.round((module.renderedLength / rendered) * chunkBytes),
      gzipEstimate: Math.round((module.renderedLength / rendered) * chunkGzip),
    }));
  });
  rows.sort((a, b) => b.rendered - a.rendered);

  const byPackage = new Map<string, { package: string; rendered: number; minifiedEstimate: number; gzipEstimate: number }>();
  for (const row of rows.filter((item) => item.initial)) {
    const entry = byPackage.get(row.package) ?? { package: row.package, rendered: 0, minifiedEstimate: 0, gzipEstimate: 0 };
    entry.rendered += row.rendered;
    entry.minifiedEstimate += row.minifiedEstimate;
    entry.gzipEstimate += row.gzipEstimate;
    byPackage.set(row.package, entry);
  }
  const chunkList = chunks.map((chunk) => ({
    chunk: chunk.fileName,
    initial: initial.has(chunk.fileName),
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzip(Buffer.from(chunk.code)),
  }));
  return { top: rows.slice(0, 12), byPackage: [...byPackage.values()].sort((a, b) => b.rendered - a.rendered), chunks: chunkList };
}

// ------------------------------------------------------------------------------------------- 4. timings

type Timing = {
  firstQuestion: number;
  /** The second question visible: the first tap on [data-option="danger:no"] that the page took. */
  firstAnswer: number;
  result: number;
  /** Taps that did nothing and were repeated. */
  retaps: number;
  /** Other targets of the page slowed down like it (service worker, workers). */
  workers: string[];
  /** Each screen's time from the one before: [mark, ms]. */
  steps: [string, number][];
  /** Main-thread long tasks (ms, summed) that started before the first question was visible. */
  longTasksBeforeFirstQuestion: number;
  longTasksTotal: number;
  /** Resource timing of the page: [path, start, end] in ms since navigation start. */
  waterfall: [string, number, number][];
};

/**
 * Taps `selector` until `next` is visible; returns how many taps were in vain. A tap's click gives up after
 * a second: when the page takes an earlier tap late (the app keeps taps made before it ran), the button
 * disappears under the driver's next click, which Playwright would otherwise retry for its whole timeout.
 */
async function answer(page: Page, selector: string, next: string): Promise<number> {
  const target = page.locator(selector);
  const after = page.locator(next);
  const deadline = Date.now() + 120_000;
  for (let vain = 0; Date.now() < deadline; vain += 1) {
    const clicked = await target.click({ timeout: 1000 }).then(
      () => true,
      () => false,
    );
    if (!clicked && (await after.isVisible())) return vain; // an earlier tap was taken meanwhile
    const taken = clicked && (await after.waitFor({ state: 'visible', timeout: RETAP_MS }).then(
      () => true,
      () => false,
    ));
    if (taken) return vain;
  }
  throw new Error(`${selector} never led to ${next}`);
}

const CONDITIONS = { offline: false, latency: NETWORK.latency, downloadThroughput: NETWORK.down, uploadThroughput: NETWORK.up };

async function timedRun(address: string): Promise<Timing> {
  const { context, close } = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(120_000);
    await page.addInitScript(MARK_SCRIPT);
    const cdp = await context.newCDPSession(page);
    // A service worker (or other worker) fetches on its own target, which the page's emulation does not slow
    // down: attach to each one before it starts (page-level auto-attach, non-flat sessions) and slow it too.
    let messageId = 0;
    const workers: string[] = [];
    const toTarget = (sessionId: string, method: string, params: object = {}) =>
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: (messageId += 1), method, params }) });
    cdp.on('Target.attachedToTarget', (event) => {
      workers.push(event.targetInfo.type);
      void (async () => {
        await toTarget(event.sessionId, 'Network.enable');
        await toTarget(event.sessionId, 'Network.emulateNetworkConditions', CONDITIONS);
        await toTarget(event.sessionId, 'Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await toTarget(event.sessionId, 'Runtime.runIfWaitingForDebugger');
      })().catch(() => undefined);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', CONDITIONS);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    browserVersion ??= (await cdp.send('Browser.getVersion').catch(() => undefined))?.product;
    await page.goto(address, { waitUntil: 'commit', timeout: 120_000 });
    await page.locator(FIRST_QUESTION).waitFor({ state: 'visible' });
    let retaps = 0;
    for (const [option, next] of PATH) retaps += await answer(page, `[data-option="${option}"]`, next);
    await page.locator('[role=combobox]').pressSequentially(MUNICIPALITY_QUERY);
    retaps += await answer(page, MUNICIPALITY_MATCH, RESULT);
    await waitForMark(page, SCREENS[SCREENS.length - 1][0]);
    const found = await page.evaluate(() => {
      const w = window as unknown as {
        __benchMarks: Record<string, number | undefined>;
        __benchLongTasks: [number, number][];
      };
      const origin = location.origin;
      return {
        marks: w.__benchMarks,
        longTasks: w.__benchLongTasks,
        waterfall: performance
          .getEntriesByType('resource')
          .map((entry) => [entry.name.replace(origin, ''), Math.round(entry.startTime), Math.round((entry as PerformanceResourceTiming).responseEnd)] as [string, number, number]),
      };
    });
    const at = SCREENS.map(([name]) => found.marks[name]);
    if (at.some((value) => value === undefined)) throw new Error(`Marks missing on ${address}: ${JSON.stringify(found)}`);
    const times = at as number[];
    const firstQuestion = times[0];
    return {
      firstQuestion,
      firstAnswer: times[1],
      result: times[times.length - 1],
      steps: SCREENS.slice(1).map(([name], index): [string, number] => [name, times[index + 1] - times[index]]),
      retaps,
      workers,
      longTasksBeforeFirstQuestion: Math.round(found.longTasks.filter(([start]) => start < firstQuestion).reduce((total, [, duration]) => total + duration, 0)),
      longTasksTotal: Math.round(found.longTasks.reduce((total, [, duration]) => total + duration, 0)),
      waterfall: found.waterfall,
    };
  } finally {
    await close();
  }
}

async function timings(app: string, lowerBound: string) {
  const runs: { app: Timing[]; static: Timing[] } = { app: [], static: [] };
  for (let index = 0; index < RUNS; index += 1) {
    // Alternate the order, so that neither page always runs on a warmer or cooler machine.
    const order = index % 2 ? (['app', 'static'] as const) : (['static', 'app'] as const);
    for (const which of order) {
      const timing = await timedRun(which === 'app' ? `${app}/nl/` : `${lowerBound}/`);
      runs[which].push(timing);
      log(
        `timed run ${index + 1}/${RUNS} ${which}: first question ${ms(timing.firstQuestion)}, first answer taken ` +
          `${ms(timing.firstAnswer)}, result ${ms(timing.result)}, taps in vain ${timing.retaps}` +
          (timing.workers.length ? `, also slowed: ${timing.workers.join(', ')}` : ''),
      );
    }
  }
  const summary = (items: Timing[]) => ({
    firstQuestion: spread(items.map((item) => item.firstQuestion)),
    firstAnswer: spread(items.map((item) => item.firstAnswer)),
    retaps: items.map((item) => item.retaps),
    workers: items.map((item) => item.workers),
    steps: SCREENS.slice(1).map(([name], index) => ({ step: name, ...spread(items.map((item) => item.steps[index][1])) })),
    fullPath: spread(items.map((item) => item.result)),
    afterFirstQuestion: spread(items.map((item) => item.result - item.firstQuestion)),
    longTasksBeforeFirstQuestion: spread(items.map((item) => item.longTasksBeforeFirstQuestion)),
    longTasksTotal: spread(items.map((item) => item.longTasksTotal)),
    // The run with the median first-question time, to show where its time went.
    waterfall: [...items].sort((a, b) => a.firstQuestion - b.firstQuestion)[Math.floor((items.length - 1) / 2)].waterfall,
    firstQuestionOfWaterfall: [...items].sort((a, b) => a.firstQuestion - b.firstQuestion)[Math.floor((items.length - 1) / 2)].firstQuestion,
  });
  return { app: summary(runs.app), static: summary(runs.static) };
}

// ---------------------------------------------------------------------------------------- 5. lighthouse

/** A Chromium with its own empty profile and a DevTools port, for Lighthouse. */
async function chromiumWithPort(): Promise<{ port: number; close: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'pluis-lighthouse-'));
  const child = spawn(
    chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const close = () => {
    child.kill();
    setTimeout(() => rmSync(profile, { recursive: true, force: true }), 500);
  };
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${text}`)), 30_000);
    child.stderr.on('data', (data: Buffer) => {
      text += data.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium ended (${code}):\n${text}`)));
  }).catch((error: unknown) => {
    close();
    throw error;
  });
  return { port, close };
}

type LighthouseScores = { performance: number; accessibility: number; metrics: Record<string, number>; failedAudits: string[] };

async function lighthouseOnce(address: string): Promise<LighthouseScores> {
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await chromiumWithPort();
  try {
    const result = await lighthouse(address, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
    const metric = (name: string) => Math.round(audits[name]?.numericValue ?? NaN);
    const failedAudits = Object.values(categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      metrics: {
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        totalBlockingTime: metric('total-blocking-time'),
        speedIndex: metric('speed-index'),
        cumulativeLayoutShift: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      },
      failedAudits,
    };
  } finally {
    chrome.close();
  }
}

type LighthouseSummary =
  | { skipped: string }
  | {
      app: Pick<LighthouseScores, 'performance' | 'accessibility' | 'metrics' | 'failedAudits'> & {
        performanceRuns: number[];
        accessibilityRuns: number[];
      };
      static: LighthouseScores;
    };

async function lighthouseRuns(app: string, lowerBound: string): Promise<LighthouseSummary> {
  if (LIGHTHOUSE_RUNS === 0) return { skipped: 'BENCH_LIGHTHOUSE_RUNS=0' };
  try {
    const appRuns: LighthouseScores[] = [];
    for (let index = 0; index < LIGHTHOUSE_RUNS; index += 1) {
      appRuns.push(await lighthouseOnce(`${app}/nl/`));
      log(`lighthouse app ${index + 1}/${LIGHTHOUSE_RUNS}: performance ${appRuns.at(-1)!.performance}, accessibility ${appRuns.at(-1)!.accessibility}`);
    }
    const staticRun = await lighthouseOnce(`${lowerBound}/`);
    log(`lighthouse static: performance ${staticRun.performance}, accessibility ${staticRun.accessibility}`);
    const middle = (key: 'performance' | 'accessibility') => median(appRuns.map((run) => run[key]));
    return {
      app: {
        performance: middle('performance'),
        accessibility: middle('accessibility'),
        performanceRuns: appRuns.map((run) => run.performance),
        accessibilityRuns: appRuns.map((run) => run.accessibility),
        metrics: appRuns[0].metrics,
        failedAudits: [...new Set(appRuns.flatMap((run) => run.failedAudits))],
      },
      static: staticRun,
    };
  } catch (error) {
    return { skipped: `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}` };
  }
}

// --------------------------------------------------------------------------------------------- report

async function main() {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const measured = revision();
  mkdirSync(RESULTS, { recursive: true });
  const buildMs = await buildApp();
  const app = await servePreview({ root: ROOT, build: { outDir: OUT } });
  const lowerBound = await servePreview({ configFile: false, root: STATIC, build: { outDir: STATIC } });
  try {
    log('first load of /nl/ (unthrottled)');
    const load = await firstLoad(app.url, '/nl/');
    const staticTransfer = await firstLoad(lowerBound.url, '/');
    const bundle = await modules();
    log(`timed runs: ${RUNS} per page, ${NETWORK.name}, ${CPU_SLOWDOWN}× CPU slowdown`);
    const time = await timings(app.url, lowerBound.url);
    log(`lighthouse: ${LIGHTHOUSE_RUNS} app run(s) and 1 static run`);
    const lh = await lighthouseRuns(app.url, lowerBound.url);

    const ratios = {
      firstQuestion: time.app.firstQuestion.median / time.static.firstQuestion.median,
      fullPath: time.app.fullPath.median / time.static.fullPath.median,
      transferGzip: load.gzip / staticTransfer.gzip,
    };

    const misses: string[] = [];
    if (load.gzip > BUDGET.firstLoadGzip) misses.push(`first load ${kb(load.gzip)} gzip > ${kb(BUDGET.firstLoadGzip)}`);
    if (load.requests > BUDGET.requests) misses.push(`first load ${load.requests} requests > ${BUDGET.requests}`);
    if (ratios.firstQuestion > BUDGET.firstQuestionRatio)
      misses.push(`time to first question ${ratio(ratios.firstQuestion)} the static page > ${ratio(BUDGET.firstQuestionRatio)}`);
    if (ratios.fullPath > BUDGET.fullPathRatio) misses.push(`full path ${ratio(ratios.fullPath)} the static page > ${ratio(BUDGET.fullPathRatio)}`);
    if ('app' in lh) {
      if (lh.app.performance < BUDGET.performance) misses.push(`Lighthouse mobile performance ${lh.app.performance} < ${BUDGET.performance}`);
      if (lh.app.accessibility < BUDGET.accessibility) misses.push(`Lighthouse accessibility ${lh.app.accessibility} < ${BUDGET.accessibility}`);
    }

    const verdict = (ok: boolean) => (ok ? 'ok' : '**MISSED**');
    const lines: string[] = [];
    lines.push(`## Benchmark: Is dit wel pluis? (${measured})`, '');
    lines.push(
      `${browserVersion ?? 'Chromium'}, Node ${process.version}; timed runs: ${RUNS} per page, fresh profile each, ` +
        `${CPU_SLOWDOWN}× CPU slowdown, ${NETWORK.name} (CDP), served gzip by vite preview. ` +
        'Timings are from navigation start, median (min–max). KB = 1000 bytes; gzip level 9, brotli quality 11. ' +
        `Machine load (1-min average) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`,
      '',
    );
    lines.push('| figure | app (/nl/) | static lower bound | app ÷ static | budget | |', '| --- | --- | --- | --- | --- | --- |');
    lines.push(
      `| first load, gzip | ${kb(load.gzip)} | ${kb(staticTransfer.gzip)} | ${ratio(ratios.transferGzip)} | ≤ ${kb(BUDGET.firstLoadGzip)} | ${verdict(load.gzip <= BUDGET.firstLoadGzip)} |`,
      `| first load, brotli | ${kb(load.brotli)} | ${kb(staticTransfer.brotli)} | ${ratio(load.brotli / staticTransfer.brotli)} | | |`,
      `| first load, uncompressed | ${kb(load.bytes)} | ${kb(staticTransfer.bytes)} | ${ratio(load.bytes / staticTransfer.bytes)} | | |`,
      `| first load, requests | ${load.requests} | ${staticTransfer.requests} | | ≤ ${BUDGET.requests} | ${verdict(load.requests <= BUDGET.requests)} |`,
      `| first question visible | ${showSpread(time.app.firstQuestion)} | ${showSpread(time.static.firstQuestion)} | ${ratio(ratios.firstQuestion)} | ≤ ${ratio(BUDGET.firstQuestionRatio)} | ${verdict(ratios.firstQuestion <= BUDGET.firstQuestionRatio)} |`,
      `| first answer taken (tap repeated every ${RETAP_MS} ms until it works) | ${showSpread(time.app.firstAnswer)} | ${showSpread(time.static.firstAnswer)} | ${ratio(time.app.firstAnswer.median / time.static.firstAnswer.median)} | | |`,
      `| full path to result | ${showSpread(time.app.fullPath)} | ${showSpread(time.static.fullPath)} | ${ratio(ratios.fullPath)} | ≤ ${ratio(BUDGET.fullPathRatio)} | ${verdict(ratios.fullPath <= BUDGET.fullPathRatio)} |`,
      `| of which after first question | ${showSpread(time.app.afterFirstQuestion)} | ${showSpread(time.static.afterFirstQuestion)} | ${ratio(time.app.afterFirstQuestion.median / time.static.afterFirstQuestion.median)} | | |`,
      `| taps in vain per run | ${time.app.retaps.join(', ')} | ${time.static.retaps.join(', ')} | | | |`,
      `| long tasks before first question | ${showSpread(time.app.longTasksBeforeFirstQuestion)} | ${showSpread(time.static.longTasksBeforeFirstQuestion)} | | | |`,
      `| long tasks, whole path | ${showSpread(time.app.longTasksTotal)} | ${showSpread(time.static.longTasksTotal)} | | | |`,
    );
    if ('app' in lh) {
      lines.push(
        `| Lighthouse mobile performance | ${lh.app.performance} (runs ${lh.app.performanceRuns.join(', ')}) | ${lh.static.performance} | | ≥ ${BUDGET.performance} | ${verdict(lh.app.performance >= BUDGET.performance)} |`,
        `| Lighthouse accessibility | ${lh.app.accessibility} (runs ${lh.app.accessibilityRuns.join(', ')}) | ${lh.static.accessibility} | | ${BUDGET.accessibility} | ${verdict(lh.app.accessibility >= BUDGET.accessibility)} |`,
        `| Lighthouse FCP / LCP / TBT (app run 1) | ${ms(lh.app.metrics.firstContentfulPaint)} / ${ms(lh.app.metrics.largestContentfulPaint)} / ${ms(lh.app.metrics.totalBlockingTime)} | ${ms(lh.static.metrics.firstContentfulPaint)} / ${ms(lh.static.metrics.largestContentfulPaint)} / ${ms(lh.static.metrics.totalBlockingTime)} | | | |`,
      );
    } else {
      lines.push(`| Lighthouse | skipped: ${lh.skipped.split('\n')[0]} | | | | |`);
    }
    lines.push('', `### First-load requests (started before the first question was visible and working)`, '');
    lines.push('| request | type | status | uncompressed | gzip | brotli | as served |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const item of load.responses)
      lines.push(`| ${item.url} | ${item.type} | ${item.status} | ${kb(item.bytes)} | ${kb(item.gzip)} | ${kb(item.brotli)} | ${kb(item.served)} |`);
    if (load.afterFirstScreen.length)
      lines.push('', `Fetched in the 2 s after the first question (not counted): ${load.afterFirstScreen.map((item) => `${item.url} (${kb(item.gzip)} gzip)`).join(', ')}.`);
    lines.push('', '### Step by step (ms from the screen before; median (min–max); includes the test driver’s own time per tap)', '');
    lines.push('| step | app | static | app − static |', '| --- | --- | --- | --- |');
    lines.push(`| navigation → first question visible | ${showSpread(time.app.firstQuestion)} | ${showSpread(time.static.firstQuestion)} | ${ms(time.app.firstQuestion.median - time.static.firstQuestion.median)} |`);
    time.app.steps.forEach((step, index) => {
      const other = time.static.steps[index];
      lines.push(`| ${step.step} | ${showSpread(step)} | ${showSpread(other)} | ${ms(step.median - other.median)} |`);
    });
    lines.push(
      '',
      `### Where the app's time went (timed run with the median first question, ${ms(time.app.firstQuestionOfWaterfall)}; ms from navigation start)`,
      '',
    );
    lines.push('| resource | requested | received |', '| --- | --- | --- |');
    for (const [name, start, end] of time.app.waterfall) lines.push(`| ${name} | ${start} | ${end} |`);
    lines.push('', '### Biggest modules (rendered length before minification, in characters; minified and gzip are shares of their chunk)', '');
    lines.push('| module | package | chunk | rendered | ≈ minified | ≈ gzip |', '| --- | --- | --- | --- | --- | --- |');
    for (const row of bundle.top)
      lines.push(`| ${row.module} | ${row.package} | ${row.chunk}${row.initial ? ' (first load)' : ''} | ${kb(row.rendered)} | ${kb(row.minifiedEstimate)} | ${kb(row.gzipEstimate)} |`);
    lines.push('', '### First-load JavaScript by package', '');
    lines.push('| package | rendered | ≈ minified | ≈ gzip |', '| --- | --- | --- | --- |');
    for (const row of bundle.byPackage) lines.push(`| ${row.package} | ${kb(row.rendered)} | ${kb(row.minifiedEstimate)} | ${kb(row.gzipEstimate)} |`);
    lines.push('', `Chunks: ${bundle.chunks.map((chunk) => `${chunk.chunk}${chunk.initial ? ' (first load)' : ''} ${kb(chunk.bytes)} / ${kb(chunk.gzip)} gzip`).join('; ')}.`);
    if ('app' in lh && lh.app.failedAudits.length) lines.push('', `Lighthouse audits below 0.9 (app): ${lh.app.failedAudits.join(', ')}.`);
    lines.push('', misses.length ? `**Budgets missed (${misses.length}):**\n${misses.map((miss) => `- ${miss}`).join('\n')}` : '**All budgets met.**');
    const seconds = (performance.now() - started) / 1000;
    lines.push('', `Bench took ${seconds.toFixed(0)} s (build ${ms(buildMs)}).`);

    const markdown = lines.join('\n');
    process.stdout.write(`${markdown}\n`);
    writeFileSync(
      join(RESULTS, 'bench.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          revision: measured,
          chromium: browserVersion,
          node: process.version,
          load: { before: loadBefore, after: loadavg()[0] },
          conditions: { runs: RUNS, retapMs: RETAP_MS, cpuSlowdown: CPU_SLOWDOWN, network: NETWORK, lighthouseRuns: LIGHTHOUSE_RUNS },
          budgets: BUDGET,
          buildMs,
          firstLoad: { app: load, static: staticTransfer },
          modules: bundle,
          timings: time,
          ratios,
          lighthouse: lh,
          misses,
          seconds,
        },
        null,
        2,
      )}\n`,
    );
    writeFileSync(join(RESULTS, 'bench.md'), `${markdown}\n`);
    process.exitCode = misses.length ? 1 : 0;
  } finally {
    await app.close();
    await lowerBound.close();
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});

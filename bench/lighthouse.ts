import { lighthouseChrome } from './lighthouseChrome.ts';
import { log } from './log.ts';
import { median } from './stats.ts';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  metrics: {
    firstContentfulPaint: number;
    largestContentfulPaint: number;
    totalBlockingTime: number;
    speedIndex: number;
    cumulativeLayoutShift: number;
  };
  failedAudits: string[];
};

/** Lighthouse 12, mobile preset (its default), simulated throttling: one run in a fresh Chromium. */
async function lighthouseOnce(address: string, browserPath: string): Promise<LighthouseScores> {
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await lighthouseChrome(browserPath);
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
      failedAudits: Object.values(categories)
        .flatMap((category) => category.auditRefs)
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    };
  } finally {
    chrome.close();
  }
}

/** Several runs at one address: median scores, every run's scores, the first run's metrics. */
async function lighthouseRuns(address: string, runs: number, name: string, browserPath: string) {
  const all: LighthouseScores[] = [];
  for (let index = 0; index < runs; index += 1) {
    all.push(await lighthouseOnce(address, browserPath));
    log(`lighthouse ${name} ${index + 1}/${runs}: performance ${all.at(-1)!.performance}, accessibility ${all.at(-1)!.accessibility}`);
  }
  return {
    performance: median(all.map((run) => run.performance)),
    accessibility: median(all.map((run) => run.accessibility)),
    performanceRuns: all.map((run) => run.performance),
    accessibilityRuns: all.map((run) => run.accessibility),
    metrics: all[0].metrics,
    failedAudits: [...new Set(all.flatMap((run) => run.failedAudits))],
  };
}
export type LighthouseAddress = Awaited<ReturnType<typeof lighthouseRuns>>;

export type LighthouseFigures = { skipped: string } | { app: Record<string, LighthouseAddress>; static: LighthouseAddress };

/** `runs` Lighthouse runs at each app address (name → URL), one at the static page. */
export async function lighthouse(
  app: Record<string, string>,
  lowerBound: string,
  runs: number,
  browserPath: string,
): Promise<LighthouseFigures> {
  if (runs === 0) return { skipped: 'BENCH_LIGHTHOUSE_RUNS=0' };
  try {
    const measured: Record<string, LighthouseAddress> = {};
    for (const [name, address] of Object.entries(app)) measured[name] = await lighthouseRuns(address, runs, name, browserPath);
    return { app: measured, static: await lighthouseRuns(lowerBound, 1, 'static', browserPath) };
  } catch (error) {
    return { skipped: `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}` };
  }
}

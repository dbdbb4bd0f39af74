import { launchChromium } from '../scripts/chromium.ts';
import { brotlied, gzipped } from './compressed.ts';
import { addMarks, waitForMark } from './marks.ts';
import { SCREENS } from './path.ts';

export type Transfer = {
  url: string;
  type: string;
  status: number;
  bytes: number;
  gzip: number;
  brotli: number;
  served: number;
  startedMs: number;
};

/** Whatever the page fetches in this long after its first screen works is listed, not counted. */
const AFTER_MS = 2000;

/**
 * What `address` fetches, unthrottled, until its first question is painted and works; each body is
 * compressed here (gzip level 9, brotli quality 11).
 */
export async function firstLoad(address: string, browserPath: string) {
  const { context, close } = await launchChromium(browserPath);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await addMarks(page);
    const origin = new URL(address).origin;
    const responses: Promise<Transfer | undefined>[] = [];
    page.on('response', (response) => {
      responses.push(
        (async () => {
          const request = response.request();
          if (!/^https?:/.test(request.url())) return undefined;
          const body = await response.body().catch(() => Buffer.alloc(0));
          const sizes = await request.sizes().catch(() => undefined);
          return {
            url: request.url().replace(origin, ''),
            type: request.resourceType(),
            status: response.status(),
            bytes: body.length,
            gzip: gzipped(body),
            brotli: brotlied(body),
            served: sizes ? sizes.responseBodySize : body.length,
            startedMs: request.timing().startTime,
          };
        })(),
      );
    });
    await page.goto(address);
    await waitForMark(page, SCREENS[0][0]);
    // The first screen counts as loaded when it works, not only when it shows: a prerendered first question
    // answers taps once the app has hydrated it, so everything fetched until then belongs to the first load.
    // An app page is one with a React root (#root); the static page works as soon as it shows.
    await page.waitForFunction(() => {
      const question = document.querySelector('[data-question]');
      const root = document.getElementById('root');
      return question !== null && (!root || Object.keys(question).some((key) => key.startsWith('__reactFiber')));
    });
    const workingAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    await page.waitForTimeout(AFTER_MS);
    const all = (await Promise.all(responses)).filter((item): item is Transfer => !!item);
    const counted = all.filter((item) => item.startedMs <= workingAt);
    const sum = (key: 'bytes' | 'gzip' | 'brotli' | 'served') => counted.reduce((total, item) => total + item[key], 0);
    return {
      responses: counted,
      afterFirstScreen: all.filter((item) => item.startedMs > workingAt),
      requests: counted.length,
      bytes: sum('bytes'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      served: sum('served'),
    };
  } finally {
    await close();
  }
}
export type FirstLoad = Awaited<ReturnType<typeof firstLoad>>;

/** What this machine has, as pickBrowser needs to know it. */
export type BrowserFacts = {
  /** CHROME_PATH, when set. */
  chromePath: string | undefined;
  /** True for a file that can be run (a path hidden or left empty is not a browser). */
  runnable: (path: string) => boolean;
  /** Chrome and Chromium installed, as chrome-launcher finds them; asked only when nothing before it is there. */
  installed: () => string[];
  /** The Chromium package from the npm registry, when it is in node_modules. */
  packaged: { name: string; version: string } | undefined;
  /** process.platform and process.arch. */
  platform: string;
  arch: string;
};

/** Where the browser comes from: a binary on this machine, the npm package (to unpack), or none (why in `message`). */
export type BrowserPick =
  { kind: 'installed'; path: string; from: string } | { kind: 'packaged'; from: string } | { kind: 'none'; message: string };

/** Debian's Chromium and the name other distributions give it. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's headless shell (package chromium-headless-shell): the same Chromium without its windowing parts. */
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * What the browser is for. The browser tests run headless, and Debian's headless shell does their work in about
 * half the time of its full Chromium (a fresh context 140 ms against 500, a page load 340 ms against 900, on
 * 2 cores): the tests take it when it is there. The bench measures the browser a person has: never the shell.
 */
export type Purpose = 'tests' | 'bench';

/**
 * The browser for the browser tests and the bench, in this order: CHROME_PATH; for the tests, Debian's headless
 * shell; Debian's Chromium; any Chrome or Chromium installed (chrome-launcher); the Chromium of the npm registry
 * (Linux x64 only); else none, naming each.
 */
export function pickBrowser(facts: BrowserFacts, purpose: Purpose): BrowserPick {
  // A CHROME_PATH that names nothing is a mistake to report, not a wish to pass over for another browser.
  if (facts.chromePath !== undefined) {
    return facts.runnable(facts.chromePath)
      ? { kind: 'installed', path: facts.chromePath, from: 'CHROME_PATH' }
      : noBrowser([`CHROME_PATH=${facts.chromePath}: no browser there`], 'Set CHROME_PATH to a Chromium or Chrome binary, or unset it.');
  }
  const tried = ['CHROME_PATH: not set'];

  if (purpose === 'tests') {
    if (facts.runnable(SYSTEM_HEADLESS_SHELL))
      return { kind: 'installed', path: SYSTEM_HEADLESS_SHELL, from: "the system's Chromium headless shell" };
    tried.push(`${SYSTEM_HEADLESS_SHELL}: not there`);
  }

  const system = SYSTEM_CHROMIUM.find(facts.runnable);
  if (system) return { kind: 'installed', path: system, from: "the system's Chromium" };
  tried.push(`${SYSTEM_CHROMIUM.join(', ')}: not there`);

  const installed = facts.installed().find(facts.runnable);
  if (installed) return { kind: 'installed', path: installed, from: 'an installed Chrome or Chromium (chrome-launcher)' };
  tried.push('an installed Chrome or Chromium (chrome-launcher): none found');

  const packaged = facts.packaged;
  const fits = facts.platform === 'linux' && facts.arch === 'x64';
  if (packaged && fits) return { kind: 'packaged', from: `${packaged.name} ${packaged.version} from the npm registry` };
  tried.push(
    !packaged
      ? 'the Chromium from the npm registry (@sparticuz/chromium): not in node_modules (run npm ci)'
      : `${packaged.name} ${packaged.version}: for Linux x64 only, this is ${facts.platform} ${facts.arch}`,
  );
  return noBrowser(
    tried,
    'Install Chrome or Chromium (on Debian: apt-get install -y chromium), or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

const noBrowser = (tried: string[], advice: string): BrowserPick => ({
  kind: 'none',
  message: `No browser for the browser tests. Tried, in order:\n${tried.map((line) => `  - ${line}`).join('\n')}\n${advice}`,
});

import { describe, expect, it } from 'vitest';
import { pickBrowser, type BrowserFacts } from './pickBrowser.ts';

/** A machine with these runnable files, what chrome-launcher lists, and the npm package unless told otherwise. */
const machine = (files: string[], more: Partial<BrowserFacts> = {}): BrowserFacts => ({
  chromePath: undefined,
  runnable: (path) => files.includes(path),
  installed: () => [],
  packaged: { name: '@sparticuz/chromium', version: '153.0.0' },
  platform: 'linux',
  arch: 'x64',
  ...more,
});

describe('pickBrowser', () => {
  it('takes CHROME_PATH before anything else', () => {
    const facts = machine(['/opt/chrome', '/usr/bin/chromium'], { chromePath: '/opt/chrome' });
    expect(pickBrowser(facts, 'tests')).toEqual({ kind: 'installed', path: '/opt/chrome', from: 'CHROME_PATH' });
  });

  it('stops at a CHROME_PATH that names no browser, rather than quietly taking another', () => {
    const pick = pickBrowser(machine(['/usr/bin/chromium'], { chromePath: '/opt/typo' }), 'tests');
    expect(pick.kind).toBe('none');
    expect(pick.kind === 'none' && pick.message).toContain('CHROME_PATH=/opt/typo: no browser there');
  });

  it("takes Debian's Chromium next, without asking chrome-launcher", () => {
    const installed = () => {
      throw new Error('chrome-launcher asked');
    };
    expect(pickBrowser(machine(['/usr/bin/chromium', '/opt/google/chrome/chrome'], { installed }), 'tests')).toMatchObject({
      kind: 'installed',
      path: '/usr/bin/chromium',
    });
  });

  it("takes Debian's headless shell first for the tests, and never for the bench", () => {
    const facts = machine(['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']);
    expect(pickBrowser(facts, 'tests')).toEqual({
      kind: 'installed',
      path: '/usr/bin/chromium-headless-shell',
      from: "the system's Chromium headless shell",
    });
    expect(pickBrowser(facts, 'bench')).toMatchObject({ kind: 'installed', path: '/usr/bin/chromium' });
    expect(pickBrowser(machine(['/usr/bin/chromium-headless-shell']), 'bench')).toMatchObject({ kind: 'packaged' });
  });

  it('takes CHROME_PATH before the headless shell', () => {
    const facts = machine(['/opt/chrome', '/usr/bin/chromium-headless-shell'], { chromePath: '/opt/chrome' });
    expect(pickBrowser(facts, 'tests')).toMatchObject({ path: '/opt/chrome' });
  });

  it('takes chromium-browser when there is no chromium', () => {
    expect(pickBrowser(machine(['/usr/bin/chromium-browser']), 'tests')).toMatchObject({ path: '/usr/bin/chromium-browser' });
  });

  it('takes what chrome-launcher finds next, skipping what cannot run (a hidden /usr/bin/chromium)', () => {
    const facts = machine(['/opt/google/chrome/chrome'], { installed: () => ['/usr/bin/chromium', '/opt/google/chrome/chrome'] });
    expect(pickBrowser(facts, 'tests')).toMatchObject({ kind: 'installed', path: '/opt/google/chrome/chrome' });
  });

  it('unpacks the npm Chromium when nothing is installed, on Linux x64', () => {
    expect(pickBrowser(machine([]), 'tests')).toEqual({ kind: 'packaged', from: '@sparticuz/chromium 153.0.0 from the npm registry' });
  });

  it('does not take the npm Chromium elsewhere, and says so', () => {
    const pick = pickBrowser(machine([], { platform: 'darwin', arch: 'arm64' }), 'tests');
    expect(pick.kind === 'none' && pick.message).toContain('@sparticuz/chromium 153.0.0: for Linux x64 only, this is darwin arm64');
  });

  it('names everything it tried, in order, when there is no browser', () => {
    const pick = pickBrowser(machine([], { packaged: undefined }), 'tests');
    expect(pick.kind === 'none' && pick.message.split('\n')).toEqual([
      'No browser for the browser tests. Tried, in order:',
      '  - CHROME_PATH: not set',
      '  - /usr/bin/chromium-headless-shell: not there',
      '  - /usr/bin/chromium, /usr/bin/chromium-browser: not there',
      '  - an installed Chrome or Chromium (chrome-launcher): none found',
      '  - the Chromium from the npm registry (@sparticuz/chromium): not in node_modules (run npm ci)',
      'Install Chrome or Chromium (on Debian: apt-get install -y chromium), or set CHROME_PATH to a Chromium or Chrome binary.',
    ]);
  });
});

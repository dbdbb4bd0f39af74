import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Launcher } from 'chrome-launcher';
import { packagedChromium, unpackChromium } from './packagedChromium.ts';
import { pickBrowser, type Purpose } from './pickBrowser.ts';

export type FoundBrowser = {
  path: string;
  /** Which browser and where it came from, to print once at the start of a run. */
  description: string;
  /** Deletes what this run unpacked; nothing for an installed browser. */
  dispose: () => void;
};

const runnable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function installedChromes(): string[] {
  try {
    return Launcher.getInstallations();
  } catch {
    // chrome-launcher throws when it finds none (and on platforms it does not know).
    return [];
  }
}

function versionOf(path: string): string {
  try {
    // stderr ignored: Debian's wrapper script complains there about the machine's memory size.
    const printed = execFileSync(path, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 })
      .toString()
      .trim();
    return printed || 'version not printed';
  } catch {
    return 'version not printed';
  }
}

/**
 * The browser for this run (see pickBrowser for the order). Call it once per run: the npm registry's Chromium is
 * unpacked on each call, into a folder of its own that `dispose` deletes.
 */
export async function findBrowser(purpose: Purpose): Promise<FoundBrowser> {
  const packaged = packagedChromium();
  const pick = pickBrowser(
    {
      chromePath: process.env.CHROME_PATH || undefined,
      runnable,
      installed: installedChromes,
      packaged,
      platform: process.platform,
      arch: process.arch,
    },
    purpose,
  );
  if (pick.kind === 'none') throw new Error(pick.message);
  if (pick.kind === 'installed') {
    return { path: pick.path, description: `${versionOf(pick.path)}: ${pick.from}, ${pick.path}`, dispose: () => {} };
  }
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'pluis-packaged-chromium-'));
  const path = await unpackChromium(packaged!.archive, folder);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    path,
    description: `${versionOf(path)}: ${pick.from}, unpacked in ${seconds} s into ${folder}`,
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../scripts/chromium.ts';

// Lighthouse needs a Chromium with a DevTools port, which Playwright's launch (a pipe) does not give:
// the same Chromium and flags as scripts/chromium.ts, started here by hand.
/** The run's browser (`browserPath`) with its own empty profile and a DevTools port, for Lighthouse. */
export async function lighthouseChrome(browserPath: string): Promise<{ port: number; close: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'pluis-lighthouse-'));
  const child = spawn(
    browserPath,
    // A Dutch browser: at "/" a Ukrainian or English one is sent on to its own page, one round trip more.
    [
      ...CHROMIUM_ARGS,
      '--lang=nl-NL',
      '--no-default-browser-check',
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

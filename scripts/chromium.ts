import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. Browser downloads do not work on these machines. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install Debian's: apt-get install -y chromium, ` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A fresh browser with an empty profile of its own; `close` ends it and deletes the profile. `phone` makes
 * it a touch phone (touch events, no hover, a mobile viewport) instead of a desktop with a mouse.
 */
export type ChromiumOptions = {
  locale?: string;
  viewport?: { width: number; height: number };
  phone?: boolean;
  /** 'block' for a test that must see every request go to the network, past no service worker. */
  serviceWorkers?: 'allow' | 'block';
  /** false: a browser with JavaScript off. */
  javaScript?: boolean;
};

export async function launchChromium(options: ChromiumOptions = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'pluis-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    locale: options.locale ?? 'nl-NL',
    viewport: options.viewport ?? { width: 360, height: 740 },
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
    serviceWorkers: options.serviceWorkers ?? 'allow',
    javaScriptEnabled: options.javaScript ?? true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

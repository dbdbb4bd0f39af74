import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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

/** `executablePath`: the run's browser, found once at its start (scripts/findBrowser.ts). */
export async function launchChromium(executablePath: string, options: ChromiumOptions = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'pluis-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
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

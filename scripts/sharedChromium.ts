import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

/**
 * One Chromium for a whole run of browser tests (tests/browser/globalSetup.ts), found as every browser of
 * this project is (`chromiumPath`, scripts/chromium.ts) and started with the same flags. Each test file
 * connects to it and opens a fresh context (its own profile: cookies, storage, service workers) per test:
 * starting a browser costs a second or two, a context a few milliseconds.
 */
export async function launchSharedChromium(): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

/** The shared Chromium, from a test file. */
export const connectSharedChromium = (endpoint: string): Promise<Browser> => chromium.connect(endpoint);

import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';

/**
 * One Chromium for a whole run of browser tests (tests/browser/globalSetup.ts): the run's browser, found once
 * (scripts/findBrowser.ts), started with the same flags as every browser of this project (scripts/chromium.ts). Each test file
 * connects to it and opens a fresh context (its own profile: cookies, storage, service workers) per test:
 * starting a browser costs a second or two, a context a few milliseconds.
 */
export async function launchSharedChromium(executablePath: string): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

/** The shared Chromium, from a test file. */
export const connectSharedChromium = (endpoint: string): Promise<Browser> => chromium.connect(endpoint);

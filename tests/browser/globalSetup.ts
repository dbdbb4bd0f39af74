// Finds the browser once (scripts/findBrowser.ts), builds the app once (vite build), serves dist/ on a free
// loopback port and starts the one Chromium of the run. Tests read the address with inject('appUrl'), the
// shared browser's with inject('chromiumEndpoint'), and the browser itself with inject('browserPath').
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../scripts/findBrowser.ts';
import { serveDist } from '../../scripts/serveDist.ts';
import { launchSharedChromium } from '../../scripts/sharedChromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    chromiumEndpoint: string;
    /** The browser of the run, found once: for a test that must start one of its own. */
    browserPath: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  // First, so that a machine without a browser learns it before the build, and each run says what it tested in.
  const browser = await findBrowser('tests');
  console.log(`[browser tests] browser: ${browser.description}`);
  project.provide('browserPath', browser.path);
  try {
    // Started while the app builds.
    const launching = launchSharedChromium(browser.path);
    const server = await buildAndServe();
    project.provide('appUrl', server.url);
    const chromium = await launching;
    project.provide('chromiumEndpoint', chromium.endpoint);
    return async () => {
      await chromium.close();
      await server.close();
      browser.dispose();
    };
  } catch (error) {
    browser.dispose();
    throw error;
  }
}

async function buildAndServe() {
  const started = Date.now();
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle and drop every
  // `import.meta.env.PROD` branch (the service worker registration among them). Build as `npm run build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  console.log(`[browser tests] vite build took ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // serveDist() reads the Vite config and dist/ of the working directory.
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const server = await serveDist();
    console.log(`[browser tests] serving dist/ at ${server.url}`);
    return server;
  } finally {
    process.chdir(cwd);
  }
}

// Finds the browser once (scripts/findBrowser.ts), builds the app once (vite build) and serves dist/ on a free
// loopback port for the browser tests. Tests read them with inject('browserPath') and inject('appUrl').
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../scripts/findBrowser.ts';
import { serveDist } from '../../scripts/serveDist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** The browser every test file launches, found once for the run. */
    browserPath: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  // First, so that a machine without a browser learns it before the build, and each run says what it tested in.
  const browser = await findBrowser();
  console.log(`[browser tests] browser: ${browser.description}`);
  project.provide('browserPath', browser.path);
  try {
    const server = await buildAndServe();
    project.provide('appUrl', server.url);
    return async () => {
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

// Builds the app once (vite build), serves dist/ on a free loopback port and starts the one Chromium of the
// run. Tests read the address with inject('appUrl') and the browser's with inject('chromiumEndpoint').
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serveDist.ts';
import { launchSharedChromium } from '../../scripts/sharedChromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    chromiumEndpoint: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  const started = Date.now();
  // Started while the app builds.
  const launching = launchSharedChromium();
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle and drop every
  // `import.meta.env.PROD` branch (the service worker registration among them). Build as `npm run build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  } catch (error) {
    await (await launching).close();
    throw error;
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  console.log(`[browser tests] vite build took ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // serveDist() reads the Vite config and dist/ of the working directory.
  const cwd = process.cwd();
  process.chdir(root);
  let server: Awaited<ReturnType<typeof serveDist>>;
  try {
    server = await serveDist();
  } finally {
    process.chdir(cwd);
  }
  console.log(`[browser tests] serving dist/ at ${server.url}`);
  project.provide('appUrl', server.url);
  const chromium = await launching;
  project.provide('chromiumEndpoint', chromium.endpoint);
  return async () => {
    await chromium.close();
    await server.close();
  };
}

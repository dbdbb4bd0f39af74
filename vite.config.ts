import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { flowPlugin } from './scripts/flowPlugin.ts';
import { offlinePlugin } from './scripts/offlinePlugin.ts';
import { pagesPlugin, quickExitInDevPlugin } from './scripts/pagesPlugin.ts';
import { securityPlugin } from './scripts/securityPlugin.ts';

export default defineConfig({
  plugins: [react(), flowPlugin(), pagesPlugin(), quickExitInDevPlugin(), securityPlugin(), offlinePlugin()],
  // Every browser that runs this app's ES2022 supports modulepreload: no polyfill in the bundle.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // What the first screen loads is one file: without this group the code shared with the result's chunk
      // (src/ui/resultParts.ts) is split off into a chunk of its own, a request more and about 3 KB gzip more.
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-unit.json' },
    // Both cores (Vitest's default leaves one free): the walk of every path keeps one busy for a while.
    maxWorkers: '100%',
    // A few tests draw many screens in jsdom: seconds on a 2-core machine that others share.
    testTimeout: 20_000,
    // Pure engine, content and bench tests run in Node; only what draws screens gets a DOM (jsdom), which
    // costs each of its files a second or more to set up.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // The files of a worker share its modules (the flow, the walk of every path, zod): imported once per
          // worker, not once per file. The tests that stub globals or timers put them back after each test.
          isolate: false,
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['tests/browser/**', 'src/ui/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx', 'src/ui/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});

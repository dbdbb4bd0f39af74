// Vitest config for the real-browser suite (Chromium through playwright-core, against the built app).
// Run with: npx vitest run --config tests/browser/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    // One test at a time: the timing of taps and of what arrives when is part of what is tested.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-browser.json' },
  },
});

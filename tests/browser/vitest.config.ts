// Vitest config for the real-browser suite (Chromium through playwright-core, against the built app).
// Run with: npx vitest run --config tests/browser/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './sequencer.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    // Three files at a time, each test in a context of its own of the one Chromium: what a test times (when the
    // app's script, the words or the list arrive) it holds back with routes and waits for on conditions, so a
    // busy machine makes it slower, not wrong. Much of a test is waiting (the announcer's turns, quick exit's
    // looks after Back), which the other files fill. On 2 cores (Debian's headless shell, 2026-12-03): one file at
    // a time 304 s, two 205–216 s, three 176–187 s, four 169–200 s (no steadier), six 216 s: three.
    fileParallelism: true,
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    // The files of a worker share its modules (playwright-core, the flow, support.ts): imported once per worker
    // instead of once per file (import 20 s → 3.5 s). Nothing here keeps state between files but the connection
    // to the shared Chromium, which withBrowser closes after each file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-browser.json' },
  },
});

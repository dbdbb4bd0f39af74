import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { flowPlugin } from './scripts/flowPlugin.ts';
import { offlinePlugin } from './scripts/offlinePlugin.ts';
import { pagesPlugin, quickExitInDevPlugin } from './scripts/pagesPlugin.ts';
import { securityPlugin } from './scripts/securityPlugin.ts';

export default defineConfig({
  plugins: [react(), flowPlugin(), pagesPlugin(), quickExitInDevPlugin(), securityPlugin(), offlinePlugin()],
  // Every browser that runs this app's ES2022 supports modulepreload: no polyfill in the bundle.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    setupFiles: ['tests/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-unit.json' },
  },
});

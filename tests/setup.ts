import '@testing-library/jest-dom/vitest';
import { readFile } from 'node:fs/promises';

// The app fetches its words as JSON files (src/i18n/i18n.ts); jsdom has no server, so here they come from disk.
const realFetch = globalThis.fetch;
// Vitest runs from the project's root (vite.config.ts).
const root = `${process.cwd()}/`;
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
  if (path.startsWith('/locales/'))
    return new Response(await readFile(`${root}${path.slice(1)}`), { headers: { 'Content-Type': 'application/json' } });
  return realFetch(input, init);
}) as typeof fetch;

// jsdom does not scroll (and says so on the console): a new screen's scroll to the top is a no-op here.
window.scrollTo = () => undefined;

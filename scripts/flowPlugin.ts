import type { Plugin } from 'vite';
import { runChecks } from '../src/content/runChecks.ts';
import { checkedOn } from '../src/content/checkedOn.ts';
import { flow } from '../src/content/flow.ts';
import { municipalities, municipalityAliases } from '../flows/municipalities.ts';

// The browser gets the content through these modules only: checked, and without sources.
const shipped: Record<string, () => string> = {
  // Each contact carries the day its facts were last checked, which its card shows.
  'virtual:flow': () =>
    `export const flow = ${JSON.stringify(withoutSources({ ...flow, contacts: flow.contacts.map((c) => ({ ...c, checked: checkedOn(c) })) }))};`,
  'virtual:municipalities': () =>
    `export const municipalities = ${JSON.stringify(municipalities)};\n` +
    `export const municipalityAliases = ${JSON.stringify(withoutSources(municipalityAliases))};`,
};

/** Drops the `source`/`sources` of every fact: the app never shows them, and they would cost bytes. */
export function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'source' && key !== 'sources')
      .map(([key, inner]) => [key, withoutSources(inner)]),
  );
}

/**
 * Checks the content before every build and dev start (a broken flow stops the build with the file, the
 * id and the problem) and ships the flow to the client as plain data.
 */
export function flowPlugin({ check = true }: { check?: boolean } = {}): Plugin {
  return {
    name: 'is-dit-wel-pluis:flow',
    buildStart() {
      // Under Vitest the content test reports each problem itself; the other tests still run.
      if (!check || process.env.VITEST) return;
      const { problems } = runChecks();
      if (problems.length) {
        this.error(`The content has ${problems.length} problem(s); run npm run flows:check\n${problems.join('\n')}`);
      }
    },
    resolveId(id) {
      return id in shipped ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith('\0') ? shipped[id.slice(1)]?.() : undefined;
    },
  };
}

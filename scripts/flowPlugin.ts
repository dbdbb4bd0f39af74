import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { contentFlow } from '../src/content/contentFlow.ts';
import { runChecks } from '../src/content/runChecks.ts';
import { shipFlow } from '../src/content/shipFlow.ts';
import { withoutSources } from '../src/content/withoutSources.ts';
import { municipalities, municipalityAliases } from '../flows/municipalities.ts';

// The municipality list is a JSON file of its own, fetched when its question comes near. A fetch, not a
// dynamic import: a browser remembers a failed import for good, and a failed list must be loadable again.
const municipalityList = JSON.stringify({ municipalities, aliases: withoutSources(municipalityAliases) });
const municipalityFile = `assets/municipalities-${createHash('sha256').update(municipalityList).digest('hex').slice(0, 8)}.json`;
const DEV_MUNICIPALITY_URL = '/municipalities.json';

/**
 * Checks the content before every build and dev start (a broken flow stops the build with the file, the
 * id and the problem) and ships it to the client as plain data without sources: the flow as
 * `virtual:flow`, the municipality list as a JSON file whose address `virtual:municipalities` gives.
 */
export function flowPlugin({ check = true }: { check?: boolean } = {}): Plugin {
  let command: 'build' | 'serve' = 'serve';
  const shipped: Record<string, () => string> = {
    'virtual:flow': () => `export const flow = ${JSON.stringify(shipFlow(contentFlow))};`,
    'virtual:municipalities': () => {
      if (command === 'build') return `export const municipalitiesUrl = ${JSON.stringify(`/${municipalityFile}`)};`;
      // Vitest's screens in jsdom have no server to fetch from: the list travels in the address itself.
      const dataUrl = `data:application/json;base64,${Buffer.from(municipalityList).toString('base64')}`;
      return `export const municipalitiesUrl = ${JSON.stringify(process.env.VITEST ? dataUrl : DEV_MUNICIPALITY_URL)};`;
    },
  };
  return {
    name: 'is-dit-wel-pluis:flow',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      // Under Vitest the content test reports each problem itself; the other tests still run.
      if (!check || process.env.VITEST) return;
      const { problems } = runChecks();
      if (problems.length) {
        this.error(`The content has ${problems.length} problem(s); run npm run flows:check\n${problems.join('\n')}`);
      }
    },
    configureServer(server) {
      server.middlewares.use(DEV_MUNICIPALITY_URL, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(municipalityList);
      });
    },
    generateBundle() {
      if (command === 'build') this.emitFile({ type: 'asset', fileName: municipalityFile, source: municipalityList });
    },
    resolveId(id) {
      return id in shipped ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith('\0') ? shipped[id.slice(1)]?.() : undefined;
    },
  };
}

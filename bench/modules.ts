import { relative, sep } from 'node:path';
import { build } from 'vite';
import { gzipped } from './compressed.ts';
import { log } from './log.ts';
import { OUT, ROOT } from './folders.ts';

/** The package a module comes from; the app's own modules by their top folder. */
function packageOf(id: string): string {
  const clean = id.replace(/^\0/, '');
  const inModules = clean.split(/[\\/]node_modules[\\/]/).pop();
  if (inModules !== clean && inModules) {
    const parts = inModules.split(/[\\/]/);
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (clean.startsWith('virtual:')) return `app: ${clean}`;
  if (!clean.startsWith(ROOT)) return clean.split('/')[0] || clean; // rolldown/runtime.js, vite/modulepreload-polyfill.js
  const parts = relative(ROOT, clean).split(sep);
  return parts.length > 1 ? `app: ${parts[0]}/` : `app: ${parts[0]}`;
}

type OutputChunk = {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  modules: Record<string, { renderedLength: number }>;
};
type OutputAsset = { type: 'asset'; fileName: string; source: string | Uint8Array };

type Share = { package: string; rendered: number; minifiedEstimate: number; gzipEstimate: number };

/** The biggest modules of the bundle, from a second build with `write: false` (rolldown's `renderedLength`). */
export async function modules() {
  log('building once more (write: false) for the module list');
  const result = (await build({ root: ROOT, logLevel: 'silent', build: { write: false, outDir: OUT } })) as unknown;
  const outputs = (Array.isArray(result) ? result : [result]) as { output: (OutputChunk | OutputAsset)[] }[];
  const chunks = outputs.flatMap((output) => output.output).filter((item): item is OutputChunk => item.type === 'chunk');

  // The chunks the first screen loads for sure: every chunk that is not loaded by an import() (the entry, or the
  // group vite.config.ts gathers the entry's code in, which leaves no chunk marked isEntry), and what they import
  // statically.
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    chunks.find((chunk) => chunk.fileName === name)?.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry || !chunk.isDynamicEntry).forEach((chunk) => visit(chunk.fileName));
  if (!initial.size) throw new Error(`bench/modules.ts: no chunk of ${chunks.map((chunk) => chunk.fileName).join(', ')} is loaded first`);

  const rows = chunks.flatMap((chunk) => {
    const rendered = Object.values(chunk.modules).reduce((total, module) => total + module.renderedLength, 0) || 1;
    const chunkBytes = Buffer.byteLength(chunk.code);
    const chunkGzip = gzipped(Buffer.from(chunk.code));
    return Object.entries(chunk.modules).map(([id, module]) => ({
      module: id.startsWith(ROOT) ? relative(ROOT, id) : id.replace(/^\0/, ''),
      package: packageOf(id),
      chunk: chunk.fileName,
      initial: initial.has(chunk.fileName),
      rendered: module.renderedLength,
      // Minification and compression work on the whole chunk; these shares of it are estimates.
      minifiedEstimate: Math.round((module.renderedLength / rendered) * chunkBytes),
      gzipEstimate: Math.round((module.renderedLength / rendered) * chunkGzip),
    }));
  });
  rows.sort((a, b) => b.rendered - a.rendered);

  const byPackage = new Map<string, Share>();
  for (const row of rows.filter((item) => item.initial)) {
    const entry = byPackage.get(row.package) ?? { package: row.package, rendered: 0, minifiedEstimate: 0, gzipEstimate: 0 };
    entry.rendered += row.rendered;
    entry.minifiedEstimate += row.minifiedEstimate;
    entry.gzipEstimate += row.gzipEstimate;
    byPackage.set(row.package, entry);
  }
  return {
    top: rows.slice(0, 12),
    byPackage: [...byPackage.values()].sort((a, b) => b.rendered - a.rendered),
    chunks: chunks.map((chunk) => ({
      chunk: chunk.fileName,
      initial: initial.has(chunk.fileName),
      bytes: Buffer.byteLength(chunk.code),
      gzip: gzipped(Buffer.from(chunk.code)),
    })),
  };
}
export type Modules = Awaited<ReturnType<typeof modules>>;

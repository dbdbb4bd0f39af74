import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeResult, type Result } from '../engine/rules.ts';
import type { Answers, Flow, Municipality } from '../engine/schema.ts';
import { allAnswerPaths, representativeMunicipalities } from './walk.ts';

/** Every complete set of answers, with the result it ends in; and the questions that offered nothing on some path. */
export type EveryPath = {
  municipalities: string[];
  paths: { answers: Answers; result: Result }[];
  deadEnds: { question: string; answers: Answers }[];
};

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = resolve(here, '../../.tmp/every-path');
const known = new Map<string, EveryPath>();

/**
 * The walk of every path (76,800 of them), worked out once for this content and this code, and shared by
 * all who need it: flows:check and the build, the decision table, the safe-advice and model tests, the
 * result-length browser test. Within a process it is kept in memory; between the processes of a test run
 * (flows:check, Vitest's workers, the browser tests) in .tmp/every-path/, under a hash of the content and
 * of the source of every module the walk runs, so that a change to either is a new walk.
 */
export function everyPath(flow: Flow, municipalities: Municipality[]): EveryPath {
  const stand = representativeMunicipalities(flow, municipalities);
  const key = createHash('sha256')
    .update(JSON.stringify(canonical([flow, stand])))
    .update(codeHash())
    .digest('hex')
    .slice(0, 16);
  // A walk just made is taken as it is read back, its results that are alike shared (see shownOn).
  const walk = known.get(key) ?? read(key) ?? fromStored(write(key, walkNow(flow, stand)));
  known.set(key, walk);
  return walk;
}

/** The same data in the same words whatever the order of its keys (zod gives them in the schema's order). */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;

function walkNow(flow: Flow, stand: string[]): EveryPath {
  const deadEnds: EveryPath['deadEnds'] = [];
  const answerPaths = allAnswerPaths(flow, stand, (question, answers) => void deadEnds.push({ question, answers }));
  return { municipalities: stand, paths: answerPaths.map((answers) => ({ answers, result: composeResult(flow, answers) })), deadEnds };
}

// On disk, results that are alike are kept once (76,800 paths end in about 2,700 different results).
type Stored = { municipalities: string[]; results: Result[]; paths: [Answers, number][]; deadEnds: EveryPath['deadEnds'] };

function read(key: string): EveryPath | undefined {
  const file = join(cacheDir, `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return fromStored(JSON.parse(readFileSync(file, 'utf8')) as Stored);
  } catch {
    return undefined; // Cut off by a run that stopped while writing it: walked again.
  }
}

const fromStored = (stored: Stored): EveryPath => ({
  municipalities: stored.municipalities,
  paths: stored.paths.map(([answers, result]) => ({ answers, result: stored.results[result] })),
  deadEnds: stored.deadEnds,
});

function write(key: string, walk: EveryPath): Stored {
  const index = new Map<string, number>();
  const results: Result[] = [];
  const paths = walk.paths.map(({ answers, result }): [Answers, number] => {
    const json = JSON.stringify(result);
    if (!index.has(json)) index.set(json, results.push(result) - 1);
    return [answers, index.get(json)!];
  });
  const stored: Stored = { municipalities: walk.municipalities, results, paths, deadEnds: walk.deadEnds };
  mkdirSync(cacheDir, { recursive: true });
  // Written whole, then renamed: a process reading at the same time never sees half of it.
  const file = join(cacheDir, `${key}.json`);
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(stored));
  renameSync(partial, file);
  forgetOldWalks();
  return stored;
}

/** Walks of content that has since changed (and of the broken-content fixtures) are dropped, all but the last few. */
function forgetOldWalks(keep = 12) {
  const walks = readdirSync(cacheDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ file: join(cacheDir, name), written: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const { file } of walks.slice(keep)) rmSync(file, { force: true });
}

let code: string | undefined;

/** A hash of this file and every module it imports, followed through their relative imports. */
function codeHash(): string {
  if (code) return code;
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    hash.update(file.slice(resolve(here, '../..').length)).update(source);
    for (const [, path] of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) visit(resolve(dirname(file), path));
  };
  visit(fileURLToPath(import.meta.url));
  return (code = hash.digest('hex'));
}

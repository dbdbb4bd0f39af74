import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RESULTS = join(ROOT, 'bench', 'results');
/** Not dist/: a build or test running beside the bench keeps its own. */
export const OUT = join(RESULTS, 'dist');
export const STATIC = join(ROOT, 'bench', 'static');

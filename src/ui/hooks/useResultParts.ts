import { load, type BackgroundFile } from '../../load/background.ts';
import type { ResultParts } from '../resultParts.ts';
import { useBackgroundLoad } from './useBackgroundLoad.ts';
import { useResultWords } from './useResultWords.ts';

/** The result's code (src/ui/resultParts.ts), loaded as the words and the list are, by the same loader. */
const resultPartsFile: BackgroundFile<ResultParts> = {
  address: 'module:result-parts',
  importModule: () => import('../resultParts.ts').then((module) => module.resultParts),
};

/** The result's code, loaded once (again, if it failed before); the municipality list's load waits for it too. */
export const loadResultParts = () => load(resultPartsFile);

/** Starts loading the result's code without waiting for it: at the first answer (src/ui/App.tsx). */
export const preloadResultParts = () => void loadResultParts().catch(() => undefined);

/**
 * Whether what the result and the acute screen's cards need is there: their words and their code, as one
 * state for the screen (failed if either failed; `retry` tries again what failed), and the code once ready.
 */
export function useResultParts(): ({ state: 'ready'; parts: ResultParts } | { state: 'loading' | 'failed'; parts?: undefined }) & {
  retry: () => void;
} {
  const words = useResultWords();
  const code = useBackgroundLoad(resultPartsFile);
  const retry = () => {
    if (words.state === 'failed') words.retry();
    if (code.state === 'failed') code.retry();
  };
  if (words.state === 'ready' && code.state === 'ready' && code.value) return { state: 'ready', parts: code.value, retry };
  return { state: words.state === 'failed' || code.state === 'failed' ? 'failed' : 'loading', retry };
}

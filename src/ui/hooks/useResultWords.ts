import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadResultWords, wordFile } from '../../i18n/i18n.ts';
import type { Language } from '../../i18n/languages.ts';
import { useBackgroundLoad } from './useBackgroundLoad.ts';

/**
 * Whether the words of the result and acute screens are there (they load after the first screen, see
 * src/i18n/wordFiles.ts), as their load says (src/load/background.ts: the one answer to "is it loaded"),
 * and `retry` for when loading them failed (offline on a first visit).
 */
export function useResultWords(): { state: 'ready' | 'loading' | 'failed'; retry: () => void } {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const { state, retry } = useBackgroundLoad(wordFile(language, 'result'));
  // From now on, a language chosen later comes with its result words too.
  useEffect(() => {
    void loadResultWords(language).catch(() => undefined);
  }, [language]);
  return { state, retry };
}

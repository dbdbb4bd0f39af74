import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasResultWords, loadResultWords } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';

/**
 * Whether the words of the result and acute screens are there (they load after the first screen, see
 * src/i18n/wordFiles.ts), and `retry` for when loading them failed (offline on a first visit).
 */
export function useResultWords(): { state: 'ready' | 'loading' | 'failed'; retry: () => void } {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<number | undefined>(undefined);
  const [, setLoaded] = useState(0);
  const ready = hasResultWords(language);
  useEffect(() => {
    if (ready) return;
    let alive = true;
    loadResultWords(language).then(
      () => alive && setLoaded((n) => n + 1),
      () => alive && setFailed(attempt),
    );
    return () => {
      alive = false;
    };
  }, [language, ready, attempt]);
  return { state: ready ? 'ready' : failed === attempt ? 'failed' : 'loading', retry: () => setAttempt((n) => n + 1) };
}

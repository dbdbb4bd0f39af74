import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Language } from '../i18n/languages.ts';
import { addressOf } from '../i18n/language.ts';

/**
 * Gives every screen its own browser-history entry, all under the one address of the language, so that
 * the browser's Back goes back one screen and the address never holds an answer. The entry only names
 * the screen ("age", "result", "safety"); the answers stay in memory.
 *
 * `goTo` shows the screen an entry names, if the answers allow it, and returns the screen it did show.
 */
export function useHistorySync(screen: string, language: Language, goTo: (screen: string) => string) {
  const shown = useRef<string | undefined>(undefined);
  const current = useRef({ language, goTo });
  useLayoutEffect(() => {
    current.current = { language, goTo };
  });

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const wanted = (event.state as { screen?: unknown } | null)?.screen;
      if (typeof wanted !== 'string') return;
      const actual = current.current.goTo(wanted);
      shown.current = actual;
      window.history.replaceState({ screen: actual }, '', addressOf(current.current.language));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Only a new screen writes history; a new language only renames the address (below).
  useEffect(() => {
    const address = addressOf(current.current.language);
    if (shown.current === undefined) {
      window.history.replaceState({ screen }, '', address);
    } else if (screen !== shown.current) {
      window.history.pushState({ screen }, '', address);
    }
    shown.current = screen;
  }, [screen]);

  useEffect(() => {
    window.history.replaceState(window.history.state, '', addressOf(language));
  }, [language]);
}

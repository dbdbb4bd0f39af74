import { isLanguage, languageFallbacks, type Language } from './languages.ts';

/** The language a path names: "/uk/" → "uk"; none for "/", undefined for anything else. */
export function languageInPath(pathname: string): Language | 'none' | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  if (first === undefined || first === 'index.html') return 'none';
  return isLanguage(first) ? first : undefined;
}

/**
 * The first of the browser's languages that we have ("uk-UA" → "uk"), or that one of ours stands in for
 * ("ru-RU" → "uk"), else Dutch.
 */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
    if (base in languageFallbacks) return languageFallbacks[base];
  }
  return 'nl';
}

/**
 * The language to start in: the one in the address; on a first visit to "/" the browser's; for an
 * address naming another language, Dutch.
 */
export function startLanguage(pathname: string, preferred: readonly string[]): Language {
  const inPath = languageInPath(pathname);
  if (inPath === 'none') return browserLanguage(preferred);
  return inPath ?? 'nl';
}

/** One address per language, nothing else in it: no answers, no query, no hash. */
export const addressOf = (language: Language) => `/${language}/`;

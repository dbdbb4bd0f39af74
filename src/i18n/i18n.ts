import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages.ts';
import { fetchOnce } from './earlyFetches.ts';
import { PAGE_WORDS_ID, type WordFile } from './wordFiles.ts';

// Each language's words, loaded only when that language is chosen: the first screens' at once, the
// result's (src/i18n/wordFiles.ts) once the check is under way. Fetched as JSON files, not imported as
// modules: a dynamic import that failed once (offline) fails for good in that page, a fetch can be tried again.
const wordUrls = import.meta.glob<string>('../../locales/*/*.json', { query: '?url', import: 'default', eager: true });
const loadedParts = new Set<string>();
let resultWordsWanted = false;

const loading = new Map<string, Promise<void>>();

/** Fetches one word file once, however many screens ask at the same time; a failed fetch may be tried again. */
function loadPart(language: Language, part: WordFile): Promise<void> {
  const key = `${language}/${part}`;
  const pending =
    loading.get(key) ??
    (async () => {
      const url = wordUrls[`../../locales/${language}/${part}.json`];
      const response = await fetchOnce(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      i18next.addResourceBundle(language, 'translation', await response.json(), true);
      loadedParts.add(key);
    })().finally(() => loading.delete(key));
  loading.set(key, pending);
  return pending;
}
const hasPart = (language: Language, part: WordFile) => loadedParts.has(`${language}/${part}`);

/** Loads a language's words without switching to it (the Dutch summary for the call needs Dutch). */
export async function loadLanguage(language: Language) {
  if (!hasPart(language, 'translation')) await loadPart(language, 'translation');
  if (resultWordsWanted && !hasPart(language, 'result')) await loadPart(language, 'result');
}

/**
 * Loads the words of the result and acute screens, in this language and any chosen later. Resolves once
 * they are there; screens that need them ask `hasResultWords` first.
 */
export async function loadResultWords(language: Language) {
  resultWordsWanted = true;
  await loadLanguage(language);
}

export const hasResultWords = (language: Language) => hasPart(language, 'result');

/** The words the page itself carries, by language (scripts/pagesPlugin.ts); none in tests without a page. */
function pageWords(): Record<string, Record<string, unknown>> {
  try {
    return JSON.parse(document.getElementById(PAGE_WORDS_ID)?.textContent || '{}');
  } catch {
    return {};
  }
}

export async function startI18n(language: Language) {
  const carried = pageWords();
  for (const carriedLanguage of Object.keys(carried)) loadedParts.add(`${carriedLanguage}/translation`);
  await i18next.use(initReactI18next).init({
    lng: language,
    // Every key exists in every language (flows:check proves it), so there is nothing to fall back to.
    fallbackLng: false,
    // The page's own words come with it: the first screen needs no fetch (the others are fetched).
    resources: Object.fromEntries(Object.entries(carried).map(([language, words]) => [language, { translation: words }])),
    ns: ['translation'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export async function switchLanguage(language: Language) {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

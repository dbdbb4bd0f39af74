import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { load, loadedValue, type BackgroundFile } from '../load/background.ts';
import { i18nOptions } from './i18nOptions.ts';
import type { Language } from './languages.ts';
import { PAGE_WORDS_ID, type WordFile } from './wordFiles.ts';

// Each language's words, loaded only when that language is chosen: the page's own come with it, the
// result's (src/i18n/wordFiles.ts) once the check is under way. Fetched as JSON files through the one
// background loader (src/load/background.ts), not imported as modules: a dynamic import that failed once
// (offline) fails for good in that page, a fetch can be tried again.
const wordUrls = import.meta.glob<string>('../../locales/*/*.json', { query: '?url', import: 'default', eager: true });
const carried = new Set<string>();
let resultWordsWanted = false;

/** One words file of a language: loaded, its words are added to i18next. */
export function wordFile(language: Language, part: WordFile): BackgroundFile<true> {
  return {
    address: wordUrls[`../../locales/${language}/${part}.json`],
    read: async (response) => {
      i18next.addResourceBundle(language, 'translation', await response.json(), true);
      return true;
    },
  };
}
const loadPart = (language: Language, part: WordFile) => load(wordFile(language, part));
const hasPart = (language: Language, part: WordFile) =>
  carried.has(`${language}/${part}`) || loadedValue(wordFile(language, part).address) === true;

/** Loads a language's words without switching to it (the Dutch summary for the call needs Dutch). */
export async function loadLanguage(language: Language) {
  if (!hasPart(language, 'translation')) await loadPart(language, 'translation');
  if (resultWordsWanted && !hasPart(language, 'result')) await loadPart(language, 'result');
}

/**
 * Loads the words of the result and acute screens, in this language and any chosen later. Resolves once
 * they are there; screens follow their load (src/ui/hooks/useResultWords.ts).
 */
export async function loadResultWords(language: Language) {
  resultWordsWanted = true;
  await loadLanguage(language);
}

/** The words the page itself carries, by language (scripts/pagesPlugin.ts); none in tests without a page. */
function pageWords(): Record<string, Record<string, unknown>> {
  try {
    return JSON.parse(document.getElementById(PAGE_WORDS_ID)?.textContent || '{}');
  } catch {
    return {};
  }
}

export async function startI18n(language: Language) {
  const words = pageWords();
  for (const language of Object.keys(words)) carried.add(`${language}/translation`);
  await i18next.use(initReactI18next).init({
    ...i18nOptions,
    lng: language,
    // The page's own words come with it: the first screen needs no fetch (the others are fetched).
    resources: Object.fromEntries(Object.entries(words).map(([language, words]) => [language, { translation: words }])),
    react: { useSuspense: false },
  });
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * Shows a language's words at once. In the app the check's language leads (LANGUAGE, src/engine/
 * buildMachine.ts) and i18next follows it (src/ui/App.tsx); this is for screens drawn on their own (the
 * component tests).
 */
export async function switchLanguage(language: Language) {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

import { createInstance } from 'i18next';
import { readLocales } from '../content/loadContent.ts';
import { i18nOptions } from '../i18n/i18nOptions.ts';
import type { Language } from '../i18n/languages.ts';
import { explainFrame } from './explainFrame.ts';

/**
 * A language's words as the app reads them: both files of locales/<language>/ in an i18next of its own, with
 * the app's options (src/i18n/i18nOptions.ts); and the tool's own words (explainFrame.ts) beside them, as
 * their own namespace, filled in the same way.
 */
export function explainWords(language: Language) {
  const { locales } = readLocales();
  const i18n = createInstance();
  const resources = { [language]: { translation: locales[language] as object, explain: explainFrame[language] } };
  // With the words given here and initAsync off, init is done when it returns: no promise to wait for.
  void i18n.init({ ...i18nOptions, ns: ['translation', 'explain'], lng: language, resources, initAsync: false });
  return {
    t: i18n.getFixedT(language),
    has: (key: string) => i18n.exists(key),
    frame: i18n.getFixedT(language, 'explain'),
  };
}

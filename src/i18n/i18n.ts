import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages.ts';

// One file per language, loaded only when that language is chosen.
const bundles = import.meta.glob<{ default: Resource }>('../../locales/*/translation.json');

/** Loads a language's words without switching to it (the Dutch summary for the call needs Dutch). */
export async function loadLanguage(language: Language) {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const bundle = await bundles[`../../locales/${language}/translation.json`]();
  i18next.addResourceBundle(language, 'translation', bundle.default);
}

export async function startI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    lng: language,
    // Every key exists in every language (flows:check proves it), so there is nothing to fall back to.
    fallbackLng: false,
    resources: {},
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

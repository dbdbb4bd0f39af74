import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages.ts';

// One file per language, loaded only when that language is chosen.
const bundles = import.meta.glob<{ default: Resource }>('../../locales/*/translation.json');

async function load(language: Language) {
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
  await load(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export async function switchLanguage(language: Language) {
  await load(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

import type { InitOptions } from 'i18next';

/** How the app fills in its words; flows:explain reads them with the same options, so it says what the app says. */
export const i18nOptions = {
  // Every key exists in every language (flows:check proves it), so there is nothing to fall back to.
  fallbackLng: false,
  ns: ['translation'],
  defaultNS: 'translation',
  // React escapes what it renders, and the words are ours: no HTML escaping on top of that.
  interpolation: { escapeValue: false },
} satisfies InitOptions;

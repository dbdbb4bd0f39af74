import { wordFileOf, type WordFile } from '../i18n/wordFiles.ts';

/** Where each part of the content lives, for error messages that a content keeper can follow. */
export const flowFiles = {
  questions: 'flows/questions.ts',
  advice: 'flows/advice.ts',
  contacts: 'flows/contacts.ts',
  regions: 'flows/regions.ts',
  municipalities: 'flows/municipalities.ts',
  safety: 'flows/safety.ts',
  sources: 'flows/sources.ts',
} as const;

export const localeFile = (language: string, file: WordFile = 'translation') => `locales/${language}/${file}.json`;

/** The locale file a key belongs in (src/i18n/wordFiles.ts). */
export const localeFileFor = (language: string, key: string) => localeFile(language, wordFileOf(key));

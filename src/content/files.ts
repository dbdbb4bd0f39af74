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

export const localeFile = (language: string) => `locales/${language}/translation.json`;

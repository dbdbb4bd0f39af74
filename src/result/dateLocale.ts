const locales: Record<string, string> = { nl: 'nl-NL', uk: 'uk-UA', en: 'en-GB' };

/** The locale a date is written in for a language: British English, not American. */
export const dateLocale = (language: string) => locales[language] ?? language;

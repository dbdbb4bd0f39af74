import { dateFormat } from './dateFormat.ts';

const locales: Record<string, string> = { nl: 'nl-NL', uk: 'uk-UA', en: 'en-GB' };

/** "25-11-2026": a card's dates (when its facts were checked, when a mobile's page was read) in few words. */
export const shortDate = (date: string, language: string) =>
  dateFormat(locales[language] ?? language, 'shortDate').format(new Date(`${date}T00:00:00Z`));

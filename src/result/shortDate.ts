import { dateFormat } from './dateFormat.ts';
import { dateLocale } from './dateLocale.ts';

/** "25-11-2026": a card's dates (when its facts were checked, when a mobile's page was read) in few words. */
export const shortDate = (date: string, language: string) =>
  dateFormat(dateLocale(language), 'shortDate').format(new Date(`${date}T00:00:00Z`));

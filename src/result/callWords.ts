import type { TFunction } from 'i18next';

/** The words of a call link: "Call 0800-2000", with the organisation said after it (WCAG 2.5.3: the name starts with what it shows). */
export const callWords = (number: string, organisation: string, t: TFunction) =>
  // No-break spaces, and word joiners around a dash: a number split over two lines is easy to misread.
  t('ui.contact.call', { name: organisation, number: number.replace(/ /g, '\u00a0').replace(/[-–]/g, '\u2060$&\u2060') });

import i18next from 'i18next';
import { carriedWords } from './announcer.ts';

/**
 * "One moment: the language will change once the page has loaded", in the language asked for: its words if
 * they are here, else the words the page carries for that wait (src/early/announcerRegion.ts), else the
 * page's own language's (a page without them: a component test).
 */
export function languageWaitingWords(language: string): string {
  if (i18next.hasResourceBundle(language, 'translation')) return i18next.getFixedT(language)('ui.languageWaiting');
  return carriedWords(language) ?? i18next.t('ui.languageWaiting');
}

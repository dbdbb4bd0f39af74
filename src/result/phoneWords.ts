import type { TFunction } from 'i18next';
import type { ShippedPhone } from '../engine/shippedFlow.ts';
import { contactLabelKey, contactRoleKey } from '../i18n/keys.ts';
import { callWords } from './callWords.ts';
import { shortDate } from './shortDate.ts';

/**
 * One number of a contact in words, in the order its line shows them: what it is, who answers it, the call
 * link (named after `organisation`), whether it is free, and who published it. Each may carry marks
 * (src/i18n/taggedText.ts); the hours are the phone's own (hoursWords).
 */
export function phoneWords(phone: ShippedPhone, organisation: string, t: TFunction, language: string) {
  return {
    label: phone.label ? t(contactLabelKey(phone.label)) : undefined,
    // The name stays as written: Dutch on every page.
    person: phone.person ? `<nl>${phone.person.name}</nl>, ${t(contactRoleKey(phone.person.role))}` : undefined,
    call: callWords(phone.number, organisation, t) + (phone.from === 'abroad' ? ` (${t('ui.contact.fromAbroad')})` : ''),
    free: phone.free ? t('ui.contact.free') : undefined,
    publishedBy: phone.publishedBy
      ? t('ui.contact.publishedBy', { name: `<nl>${phone.publishedBy}</nl>`, date: phone.read ? shortDate(phone.read, language) : '' })
      : undefined,
  };
}

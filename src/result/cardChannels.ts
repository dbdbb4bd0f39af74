import type { TFunction } from 'i18next';
import type { Hours } from '../engine/schema.ts';
import type { ShippedContact, ShippedPhone } from '../engine/shippedFlow.ts';
import { telHref } from '../engine/telHref.ts';
import { callWords } from './callWords.ts';
import { shortAddress } from './shortAddress.ts';

/** One way to reach a contact, with the words its line shows (a phone's are phoneWords). */
export type Channel =
  | { kind: 'phone'; phone: ShippedPhone }
  | { kind: 'email'; href: string; text: string }
  | { kind: 'no-answer'; fact: string; href: string; call: string }
  | { kind: 'chat'; href?: string; text: string; hours?: Hours }
  | { kind: 'website'; href: string; text: string };

/**
 * The ways to reach a contact in the card's order: its phones with its e-mails after `emailsAfter` of them,
 * "no answer?", the chat, the website. They come first on a card: on a phone in a hurry the call button must
 * be on screen at once.
 */
export function cardChannels(contact: ShippedContact, t: TFunction): Channel[] {
  const phones = contact.phones.map((phone): Channel => ({ kind: 'phone', phone }));
  const emails = contact.emails.map(({ address }): Channel => ({
    kind: 'email',
    href: `mailto:${address}`,
    text: t('ui.contact.mail', { address }),
  }));
  const emailsAfter = contact.emailsAfter ?? phones.length;
  const channels = [...phones.slice(0, emailsAfter), ...emails, ...phones.slice(emailsAfter)];
  const { noAnswer, chat, website } = contact;
  if (noAnswer) {
    channels.push({
      kind: 'no-answer',
      fact: t('ui.contact.noAnswer'),
      href: telHref(noAnswer),
      call: callWords(noAnswer, contact.name, t),
    });
  }
  if (chat) {
    const text = chat.url ? t('ui.contact.chatAt', { address: shortAddress(chat.url) }) : t('ui.contact.chat');
    channels.push({ kind: 'chat', href: chat.url, text, hours: chat.hours });
  }
  if (website) channels.push({ kind: 'website', href: website.url, text: t('ui.contact.website', { address: shortAddress(website.url) }) });
  return channels;
}

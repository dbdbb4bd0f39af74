import type { TFunction } from 'i18next';
import type { Below, Hours } from '../engine/schema.ts';
import type { ShippedContact } from '../engine/shippedFlow.ts';
import { telHref } from '../engine/telHref.ts';
import { belowLineKey } from '../i18n/keys.ts';
import { callWords } from './callWords.ts';
import { shortAddress } from './shortAddress.ts';

/** How the line reaches it: a chat link, or a call link with that number's hours. */
type Way = { kind: 'chat'; href: string; text: string } | { kind: 'phone'; href: string; call: string; hours?: Hours };

/**
 * Right below the first step: the line on why this contact too ("Within 7 days? Call them now too."), and one
 * way to reach it: its chat where the line says so, else its first number with that number's hours.
 */
export function rightBelowWords(below: Below, contact: ShippedContact, t: TFunction) {
  const phone = contact.phones[0];
  const chat = below.chat ? contact.chat : undefined;
  const way: Way | undefined = chat?.url
    ? { kind: 'chat', href: chat.url, text: t('ui.contact.chatAt', { address: shortAddress(chat.url) }) }
    : phone
      ? { kind: 'phone', href: telHref(phone.number), call: callWords(phone.number, contact.name, t), hours: phone.hours }
      : undefined;
  return { line: t(belowLineKey(below.line)), way };
}

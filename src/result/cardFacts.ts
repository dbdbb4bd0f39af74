import type { TFunction } from 'i18next';
import { aboutOneself, notesShown, type Routing } from '../engine/rules.ts';
import type { Answers } from '../engine/schema.ts';
import type { ShippedContact } from '../engine/shippedFlow.ts';
import { contactAnonymousKey, contactNoteKey, contactWhyKey } from '../i18n/keys.ts';
import { shortDate } from './shortDate.ts';

/** A line of a card below its ways to reach it; `kind` tells a screen how to show it. */
export type CardFact = { kind: 'why' | 'anonymous' | 'interpreter' | 'note' | 'checked'; text: string };

/**
 * What a card says below its ways to reach it, in order: why this one (in words for the reader), what it offers without your name, an
 * interpreter, the notes that apply to these answers ("if you are under 18"), the day its facts were checked.
 */
export function cardFacts(flow: Routing, contact: ShippedContact, answers: Answers, t: TFunction, language: string): CardFact[] {
  // For the person themself its own words where it has them; i18next takes the first key it has.
  const why = aboutOneself(flow, answers) ? [contactWhyKey(contact.id, true), contactWhyKey(contact.id)] : contactWhyKey(contact.id);
  const facts: CardFact[] = [{ kind: 'why', text: t(why) }];
  if (contact.anonymous) facts.push({ kind: 'anonymous', text: t(contactAnonymousKey(contact.anonymous.what)) });
  if (contact.interpreter) facts.push({ kind: 'interpreter', text: t('ui.contact.interpreter') });
  for (const note of notesShown(flow, contact, answers)) facts.push({ kind: 'note', text: t(contactNoteKey(note)) });
  facts.push({ kind: 'checked', text: t('ui.contact.checked', { date: shortDate(contact.checked, language) }) });
  return facts;
}

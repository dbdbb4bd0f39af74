import type { Answers, Hours } from '../engine/schema.ts';
import type { ShippedContact } from '../engine/shippedFlow.ts';
import { cardChannels, type Channel } from '../result/cardChannels.ts';
import { cardFacts } from '../result/cardFacts.ts';
import { hoursWords } from '../result/hoursWords.ts';
import { phoneWords } from '../result/phoneWords.ts';
import type { ExplainContext } from './explainContext.ts';
import type { ExplainLine } from './explainLine.ts';

/** A contact's card as ContactCard shows it: its name, each way to reach it with every word of its line, then its facts. */
export function explainCard(
  contact: ShippedContact,
  level: 2 | 3,
  answers: Answers,
  { flow, now, t, language }: ExplainContext,
): ExplainLine[] {
  const hours = (channel: { hours?: Hours }) => (channel.hours ? [hoursWords(channel.hours, now, t, language).text] : []);
  const words = (channel: Channel): (string | undefined)[] => {
    switch (channel.kind) {
      case 'phone': {
        const phone = phoneWords(channel.phone, contact.name, t, language);
        return [phone.label, phone.person, phone.call, phone.free, ...hours(channel.phone), phone.publishedBy];
      }
      case 'no-answer':
        return [channel.fact, channel.call];
      case 'chat':
        return [channel.text, ...hours(channel)];
      case 'email':
      case 'website':
        return [channel.text];
    }
  };
  return [
    { heading: level, words: [`<nl>${contact.name}</nl>`], hook: `contact:${contact.id}` },
    ...cardChannels(contact, t).map((channel): ExplainLine => ({
      indent: 1,
      before: '-',
      separator: ' · ',
      words: words(channel).filter((w): w is string => w !== undefined),
    })),
    ...cardFacts(flow, contact, answers, t, language).map((fact): ExplainLine => ({ indent: 1, words: [fact.text] })),
  ];
}

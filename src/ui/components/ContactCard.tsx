import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/schema.ts';
import type { ShippedContact } from '../../engine/shippedFlow.ts';
import { cardChannels, type Channel } from '../../result/cardChannels.ts';
import { cardFacts, type CardFact } from '../../result/cardFacts.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { HoursLine } from './HoursLine.tsx';
import { PhoneLine } from './PhoneLine.tsx';
import { TaggedText } from './TaggedText.tsx';

const factClass: Record<CardFact['kind'], string | undefined> = {
  why: undefined,
  anonymous: 'fact',
  interpreter: 'fact',
  note: 'note',
  checked: 'checked',
};

/**
 * One organisation: its official name, why this one, and every way to reach it the sources give, in the order
 * of src/result/cardChannels.ts and cardFacts.ts. A compact card (one of many, further down) has the same facts
 * in less room: nothing is left out, also in print. `answers` decide which of its notes apply ("if you are under 18").
 */
export function ContactCard({
  contact,
  now,
  answers = {},
  level = 3,
  compact = false,
}: {
  contact: ShippedContact;
  now: Date;
  answers?: Answers;
  level?: 2 | 3;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  const line = (channel: Channel, index: number) => {
    const newTab = <span className="visually-hidden"> ({t('ui.contact.newTab')})</span>;
    switch (channel.kind) {
      case 'phone':
        return <PhoneLine key={index} phone={channel.phone} now={now} organisation={contact.name} />;
      case 'email':
        return (
          <li key={index}>
            <a href={channel.href}>{channel.text}</a>
          </li>
        );
      case 'no-answer':
        return (
          <li key={index} className="inline">
            <span className="fact">{channel.fact}</span>{' '}
            <a className="call" href={channel.href}>
              <TaggedText text={channel.call} />
            </a>
          </li>
        );
      case 'chat':
        return (
          <li key={index}>
            {channel.href ? (
              <a href={channel.href} data-chat target="_blank" rel="noopener noreferrer">
                {channel.text}
                {newTab}
              </a>
            ) : (
              <span className="channel-name">{channel.text}</span>
            )}
            {channel.hours && <HoursLine hours={channel.hours} now={now} />}
          </li>
        );
      case 'website':
        return (
          <li key={index}>
            <a href={channel.href} target="_blank" rel="noopener noreferrer">
              {channel.text}
              {newTab}
            </a>
          </li>
        );
    }
  };
  return (
    <article className={compact ? 'contact compact' : 'contact'} data-contact={contact.id} aria-labelledby={`contact-${contact.id}`}>
      <Heading id={`contact-${contact.id}`} lang="nl">
        {contact.name}
      </Heading>
      <ul className="channels" role="list">
        {cardChannels(contact, t).map(line)}
      </ul>
      {cardFacts(flow, contact, answers, t, i18n.language).map((fact, index) => (
        <p key={index} className={factClass[fact.kind]}>
          <TaggedText text={fact.text} />
        </p>
      ))}
    </article>
  );
}

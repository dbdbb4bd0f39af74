import { useTranslation } from 'react-i18next';
import { notesShown } from '../../engine/rules.ts';
import type { Answers } from '../../engine/schema.ts';
import type { ShippedContact } from '../../engine/shippedFlow.ts';
import { telHref } from '../../engine/telHref.ts';
import { contactAnonymousKey, contactNoteKey, contactWhyKey } from '../../i18n/keys.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { HoursLine } from './HoursLine.tsx';
import { callWords, PhoneLine, shortDate } from './PhoneLine.tsx';
import { TaggedText } from './TaggedText.tsx';

const shortAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/**
 * One organisation: its official name, why this one, and every way to reach it the sources give. A compact
 * card (one of many, further down) has the same facts in less room: nothing is left out, also in print.
 * `answers` decide which of its notes apply ("if you are under 18").
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
  const phones = contact.phones.map((phone) => (
    <PhoneLine key={phone.number + (phone.person?.name ?? '')} phone={phone} now={now} organisation={contact.name} />
  ));
  const emails = contact.emails.map((email) => (
    <li key={email.address}>
      <a href={`mailto:${email.address}`}>{t('ui.contact.mail', { address: email.address })}</a>
    </li>
  ));
  const emailsAfter = contact.emailsAfter ?? phones.length;
  return (
    <article className={compact ? 'contact compact' : 'contact'} data-contact={contact.id} aria-labelledby={`contact-${contact.id}`}>
      <Heading id={`contact-${contact.id}`} lang="nl">
        {contact.name}
      </Heading>
      {/* The ways to reach it come first: on a phone in a hurry the call button must be on screen at once. */}
      <ul className="channels" role="list">
        {[...phones.slice(0, emailsAfter), ...emails, ...phones.slice(emailsAfter)]}
        {contact.noAnswer && (
          <li className="inline">
            <span className="fact">{t('ui.contact.noAnswer')}</span>{' '}
            <a className="call" href={telHref(contact.noAnswer)}>
              <TaggedText text={callWords(contact.noAnswer, contact.name, t)} />
            </a>
          </li>
        )}
        {contact.chat && (
          <li>
            {contact.chat.url ? (
              <a href={contact.chat.url} data-chat target="_blank" rel="noopener noreferrer">
                {t('ui.contact.chatAt', { address: shortAddress(contact.chat.url) })}
                <span className="visually-hidden"> ({t('ui.contact.newTab')})</span>
              </a>
            ) : (
              <span className="channel-name">{t('ui.contact.chat')}</span>
            )}
            {contact.chat.hours && <HoursLine hours={contact.chat.hours} now={now} />}
          </li>
        )}
        {contact.website && (
          <li>
            <a href={contact.website.url} target="_blank" rel="noopener noreferrer">
              {t('ui.contact.website', { address: shortAddress(contact.website.url) })}
              <span className="visually-hidden"> ({t('ui.contact.newTab')})</span>
            </a>
          </li>
        )}
      </ul>
      <p>
        <TaggedText text={t(contactWhyKey(contact.id))} />
      </p>
      {contact.anonymous && <p className="fact">{t(contactAnonymousKey(contact.anonymous.what))}</p>}
      {contact.interpreter && <p className="fact">{t('ui.contact.interpreter')}</p>}
      {notesShown(flow, contact, answers).map((note) => (
        <p key={note} className="note">
          <TaggedText text={t(contactNoteKey(note))} />
        </p>
      ))}
      <p className="checked">{t('ui.contact.checked', { date: shortDate(contact.checked, i18n.language) })}</p>
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import type { ShippedContact } from '../../engine/shippedFlow.ts';
import { contactAnonymousKey, contactNoteKey, contactWhyKey } from '../../i18n/keys.ts';
import { dateFormat } from '../lib/dateFormat.ts';
import { HoursLine } from './HoursLine.tsx';
import { PhoneLine } from './PhoneLine.tsx';

const locales = { nl: 'nl-NL', uk: 'uk-UA', en: 'en-GB' } as Record<string, string>;
const longDate = (date: string, language: string) =>
  dateFormat(locales[language] ?? language, 'longDate').format(new Date(`${date}T00:00:00Z`));

const shortAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/**
 * One organisation: its official name, why this one, and every way to reach it the sources give. A compact
 * card (one of many, further down) has the same facts in less room: nothing is left out, also in print.
 */
export function ContactCard({
  contact,
  now,
  level = 3,
  compact = false,
}: {
  contact: ShippedContact;
  now: Date;
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
  return (
    <article className={compact ? 'contact compact' : 'contact'} data-contact={contact.id} aria-labelledby={`contact-${contact.id}`}>
      <Heading id={`contact-${contact.id}`} lang="nl">
        {contact.name}
      </Heading>
      {/* The ways to reach it come first: on a phone in a hurry the call button must be on screen at once. */}
      <ul className="channels" role="list">
        {contact.emailFirst ? [...emails, ...phones] : [...phones, ...emails]}
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
      <p>{t(contactWhyKey(contact.id))}</p>
      {contact.anonymous && <p className="fact">{t(contactAnonymousKey(contact.anonymous.what))}</p>}
      {contact.interpreter && <p className="fact">{t('ui.contact.interpreter')}</p>}
      {contact.notes?.map((note) => (
        <p key={note} className="note">
          {t(contactNoteKey(note))}
        </p>
      ))}
      <p className="checked">{t('ui.contact.checked', { date: longDate(contact.checked, i18n.language) })}</p>
    </article>
  );
}

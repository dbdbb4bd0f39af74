import { useTranslation } from 'react-i18next';
import { telHref } from '../../engine/telHref.ts';
import type { Contact } from '../../engine/schema.ts';
import { contactNoteKey, contactRoleKey, contactWhyKey } from '../../i18n/keys.ts';
import { HoursLine } from './HoursLine.tsx';

/** One organisation: its official name, why this one, and every way to reach it the sources give. */
export function ContactCard({ contact, now, level = 3 }: { contact: Contact; now: Date; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="contact" data-contact={contact.id} aria-labelledby={`contact-${contact.id}`}>
      <Heading id={`contact-${contact.id}`} lang="nl">
        {contact.name}
      </Heading>
      <p>{t(contactWhyKey(contact.id))}</p>
      <ul className="channels" role="list">
        {contact.phones.map((phone) => (
          <li key={phone.number + (phone.person?.name ?? '')}>
            {phone.person && (
              <span className="person">
                <span lang="nl">{phone.person.name}</span>, {t(contactRoleKey(phone.person.role))}
              </span>
            )}
            <a className="call" href={telHref(phone.number)}>
              {t('ui.contact.call', { number: phone.number })}
            </a>
            {phone.free && <span className="fact">{t('ui.contact.free')}</span>}
            {phone.hours && <HoursLine hours={phone.hours} now={now} />}
          </li>
        ))}
        {contact.emails.map((email) => (
          <li key={email.address}>
            <a href={`mailto:${email.address}`}>{t('ui.contact.mail', { address: email.address })}</a>
          </li>
        ))}
        {contact.chat && (
          <li>
            <span className="channel-name">{t('ui.contact.chat')}</span>
            <HoursLine hours={contact.chat.hours} now={now} />
          </li>
        )}
        {contact.website && (
          <li>
            <a href={contact.website.url} target="_blank" rel="noopener noreferrer">
              {t('ui.contact.website', { address: contact.website.url.replace(/^https?:\/\/(www\.)?/, '') })}
              <span className="visually-hidden"> ({t('ui.contact.newTab')})</span>
            </a>
          </li>
        )}
      </ul>
      {contact.anonymous && <p className="fact">{t('ui.contact.anonymous')}</p>}
      {contact.notes?.map((note) => (
        <p key={note} className="note">
          {t(contactNoteKey(note))}
        </p>
      ))}
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import type { Phone } from '../../engine/schema.ts';
import { telHref } from '../../engine/telHref.ts';
import { contactRoleKey } from '../../i18n/keys.ts';
import { HoursLine } from './HoursLine.tsx';
import { TaggedText } from './TaggedText.tsx';

/** One number of a contact: who answers it, the call link (named after `organisation`), and what the source says of it. */
export function PhoneLine({ phone, now, organisation }: { phone: Phone; now: Date; organisation: string }) {
  const { t } = useTranslation();
  return (
    <li>
      {phone.person && (
        <span className="person">
          <span lang="nl">{phone.person.name}</span>, {t(contactRoleKey(phone.person.role))}
        </span>
      )}
      <a className="call" href={telHref(phone.number)}>
        {/* No-break spaces: a number split over two lines is easy to misread. The organisation's name is said, not
            shown (it is the card's heading): in a list of links, two numbers are told apart by whom they call. */}
        <TaggedText text={t('ui.contact.call', { name: organisation, number: phone.number.replace(/ /g, '\u00a0') })} />
        {phone.from === 'abroad' && ` (${t('ui.contact.fromAbroad')})`}
      </a>
      {phone.free && <span className="fact">{t('ui.contact.free')}</span>}
      {phone.hours && <HoursLine hours={phone.hours} now={now} />}
      {phone.publishedBy && <span className="fact">{t('ui.contact.publishedBy', { name: phone.publishedBy })}</span>}
    </li>
  );
}

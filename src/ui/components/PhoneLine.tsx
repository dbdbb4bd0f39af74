import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ShippedPhone } from '../../engine/shippedFlow.ts';
import { telHref } from '../../engine/telHref.ts';
import { contactLabelKey, contactRoleKey } from '../../i18n/keys.ts';
import { dateFormat } from '../lib/dateFormat.ts';
import { HoursLine } from './HoursLine.tsx';
import { TaggedText } from './TaggedText.tsx';

const locales = { nl: 'nl-NL', uk: 'uk-UA', en: 'en-GB' } as Record<string, string>;
/** "25-11-2026": a card's dates (when its facts were checked, when a mobile's page was read) in few words. */
export const shortDate = (date: string, language: string) =>
  dateFormat(locales[language] ?? language, 'shortDate').format(new Date(`${date}T00:00:00Z`));

/** The words of a call link: "Call 0800-2000", with the organisation said after it (WCAG 2.5.3: the name starts with what it shows). */
export const callWords = (number: string, organisation: string, t: TFunction) =>
  // No-break spaces, and word joiners around a dash: a number split over two lines is easy to misread.
  t('ui.contact.call', { name: organisation, number: number.replace(/ /g, '\u00a0').replace(/[-–]/g, '\u2060$&\u2060') });

/** One number of a contact: what it is, who answers it, the call link (named after `organisation`), and what the source says of it. */
export function PhoneLine({ phone, now, organisation }: { phone: ShippedPhone; now: Date; organisation: string }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      {phone.label && (
        <span className="fact">
          <TaggedText text={t(contactLabelKey(phone.label))} />
        </span>
      )}
      {phone.person && (
        <span className="person">
          <span lang="nl">{phone.person.name}</span>, <TaggedText text={t(contactRoleKey(phone.person.role))} />
        </span>
      )}
      <a className="call" href={telHref(phone.number)}>
        <TaggedText text={callWords(phone.number, organisation, t)} />
        {phone.from === 'abroad' && ` (${t('ui.contact.fromAbroad')})`}
      </a>
      {phone.free && <span className="fact">{t('ui.contact.free')}</span>}
      {phone.hours && <HoursLine hours={phone.hours} now={now} />}
      {phone.publishedBy && (
        <span className="fact">
          <TaggedText
            text={t('ui.contact.publishedBy', {
              name: `<nl>${phone.publishedBy}</nl>`,
              date: phone.read ? shortDate(phone.read, i18n.language) : '',
            })}
          />
        </span>
      )}
    </li>
  );
}

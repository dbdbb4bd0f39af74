import { useTranslation } from 'react-i18next';
import type { ShippedPhone } from '../../engine/shippedFlow.ts';
import { telHref } from '../../engine/telHref.ts';
import { phoneWords } from '../../result/phoneWords.ts';
import { HoursLine } from './HoursLine.tsx';
import { TaggedText } from './TaggedText.tsx';

/** One number of a contact: what it is, who answers it, the call link (named after `organisation`), and what the source says of it. */
export function PhoneLine({ phone, now, organisation }: { phone: ShippedPhone; now: Date; organisation: string }) {
  const { t, i18n } = useTranslation();
  const words = phoneWords(phone, organisation, t, i18n.language);
  return (
    <li>
      {words.label && (
        <span className="fact">
          <TaggedText text={words.label} />
        </span>
      )}
      {words.person && (
        <span className="person">
          <TaggedText text={words.person} />
        </span>
      )}
      <a className="call" href={telHref(phone.number)}>
        <TaggedText text={words.call} />
      </a>
      {words.free && <span className="fact">{words.free}</span>}
      {phone.hours && <HoursLine hours={phone.hours} now={now} />}
      {words.publishedBy && (
        <span className="fact">
          <TaggedText text={words.publishedBy} />
        </span>
      )}
    </li>
  );
}

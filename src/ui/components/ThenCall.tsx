import { useTranslation } from 'react-i18next';
import type { ShippedContact } from '../../engine/shippedFlow.ts';
import { telHref } from '../../engine/telHref.ts';
import { HoursLine } from './HoursLine.tsx';

/**
 * Right below a first step that keeps office hours: the one number to call when it is closed. Its full card
 * is the first of "more places to turn".
 */
export function ThenCall({ contact, now }: { contact: ShippedContact; now: Date }) {
  const { t } = useTranslation();
  const phone = contact.phones[0];
  return (
    <p className="then-call">
      <a className="call" href={telHref(phone.number)}>
        {t('ui.result.thenCall', { name: contact.name, number: phone.number.replace(/ /g, '\u00a0') })}
      </a>{' '}
      {phone.hours && <HoursLine hours={phone.hours} now={now} />}
    </p>
  );
}

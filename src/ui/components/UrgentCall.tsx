import { useTranslation } from 'react-i18next';
import type { Contact } from '../../engine/schema.ts';
import { telHref } from '../../engine/telHref.ts';

/** The one big button of an urgent contact (112): nothing else in it competes for the tap. */
export function UrgentCall({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <div data-contact={contact.id}>
      <a className="call-112" href={telHref(contact.phones[0].number)}>
        {t('ui.acute.call')}
      </a>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Below } from '../../engine/schema.ts';
import type { ShippedContact } from '../../engine/shippedFlow.ts';
import { telHref } from '../../engine/telHref.ts';
import { belowLineKey } from '../../i18n/keys.ts';
import { HoursLine } from './HoursLine.tsx';
import { callWords } from './PhoneLine.tsx';
import { TaggedText } from './TaggedText.tsx';

/**
 * Right below the first step: one line on why this contact too ("Within 7 days? Call them now too."), and one
 * way to reach it, its first number or, where the line says so, its chat. Its full card is the first of "more
 * places to turn".
 */
export function RightBelow({ below, contact, first, now }: { below: Below; contact: ShippedContact; first: ShippedContact; now: Date }) {
  const { t } = useTranslation();
  const phone = contact.phones[0];
  const chat = below.chat ? contact.chat : undefined;
  // The regional Veilig Thuis below its own trafficking desk, which already leads with that number: its card
  // follows at once, first of "more places to turn", rather than the same number twice in a row.
  if (!chat && first.phones.some((own) => own.number === phone?.number)) return null;
  return (
    <p className="right-below" data-right-below={contact.id}>
      <TaggedText text={t(belowLineKey(below.line))} />{' '}
      {chat?.url ? (
        <a className="call" href={chat.url} data-chat target="_blank" rel="noopener noreferrer">
          {t('ui.contact.chatAt', { address: chat.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') })}
          <span className="visually-hidden">
            , <span lang="nl">{contact.name}</span> ({t('ui.contact.newTab')})
          </span>
        </a>
      ) : (
        phone && (
          <>
            <a className="call" href={telHref(phone.number)}>
              <TaggedText text={callWords(phone.number, contact.name, t)} />
            </a>{' '}
            {phone.hours && <HoursLine hours={phone.hours} now={now} />}
          </>
        )
      )}
    </p>
  );
}

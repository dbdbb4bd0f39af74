import { useTranslation } from 'react-i18next';
import type { Below } from '../../engine/schema.ts';
import type { ShippedContact } from '../../engine/shippedFlow.ts';
import { rightBelowWords } from '../../result/rightBelowWords.ts';
import { HoursLine } from './HoursLine.tsx';
import { TaggedText } from './TaggedText.tsx';

/**
 * Right below the first step: one line on why this contact too ("Within 7 days? Call them now too."), and one
 * way to reach it, its first number or, where the line says so, its chat. Its full card is the first of "more
 * places to turn".
 */
export function RightBelow({ below, contact, now }: { below: Below; contact: ShippedContact; now: Date }) {
  const { t } = useTranslation();
  const { line, way } = rightBelowWords(below, contact, t);
  return (
    <p className="right-below" data-right-below={contact.id}>
      <TaggedText text={line} />{' '}
      {way?.kind === 'chat' ? (
        <a className="call" href={way.href} data-chat target="_blank" rel="noopener noreferrer">
          {way.text}
          <span className="visually-hidden">
            , <span lang="nl">{contact.name}</span> ({t('ui.contact.newTab')})
          </span>
        </a>
      ) : (
        way && (
          <>
            <a className="call" href={way.href}>
              <TaggedText text={way.call} />
            </a>{' '}
            {way.hours && <HoursLine hours={way.hours} now={now} />}
          </>
        )
      )}
    </p>
  );
}

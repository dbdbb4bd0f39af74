import { useTranslation } from 'react-i18next';
import type { Hours } from '../../engine/schema.ts';
import { hoursWords } from '../../result/hoursWords.ts';

/** "Monday to Friday 9:00–17:00 · Closed now, opens Monday at 9:00", in Amsterdam time. */
export function HoursLine({ hours, now }: { hours: Hours; now: Date }) {
  const { t, i18n } = useTranslation();
  const words = hoursWords(hours, now, t, i18n.language);
  if (words.kind === 'always') return <span className="hours open">{words.status}</span>;
  return (
    <span className={`hours ${words.kind}`}>
      {words.schedule}
      <strong>{words.status}</strong>
      {words.rest}
    </span>
  );
}

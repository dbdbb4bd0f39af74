import { useTranslation } from 'react-i18next';
import { displayTime, openingStatus } from '../../engine/hours.ts';
import type { Hours } from '../../engine/schema.ts';
import { weekdays, type Weekday } from '../../engine/weekdays.ts';
import { dateFormat } from '../lib/dateFormat.ts';

// 5 January 2026 was a Monday: the weekday names come from Intl, in the page's language.
const dayName = (weekday: Weekday, language: string) =>
  dateFormat(language, 'weekday').format(new Date(Date.UTC(2026, 0, 5 + weekdays.indexOf(weekday))));

/** "Monday to Friday 9:00–17:00 · Closed now, opens Monday at 9:00", in Amsterdam time. */
export function HoursLine({ hours, now }: { hours: Hours; now: Date }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const status = openingStatus(hours, now);
  if (status.kind === 'always') return <span className="hours open">{t('ui.hours.always')}</span>;

  const schedule = (hours.weekly ?? []).map((slot) => {
    const days =
      slot.days.length > 1
        ? t('ui.hours.days', { from: dayName(slot.days[0], language), to: dayName(slot.days.at(-1)!, language) })
        : dayName(slot.days[0], language);
    return t('ui.hours.slot', { days, open: displayTime(slot.open), close: displayTime(slot.close) });
  });
  const opens = status.kind === 'closed' && status.opens;
  const when = opens
    ? opens.inDays === 0
      ? t('ui.hours.opensToday', { time: opens.time })
      : opens.inDays === 1
        ? t('ui.hours.opensTomorrow', { time: opens.time })
        : t('ui.hours.opensOn', { day: dayName(opens.weekday, language), time: opens.time })
    : '';
  return (
    <span className={`hours ${status.kind}`}>
      {schedule.join('; ')}. <strong>{status.kind === 'open' ? t('ui.hours.openNow') : t('ui.hours.closedNow')}</strong>
      {when && `, ${when}`}.
    </span>
  );
}

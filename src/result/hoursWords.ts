import type { TFunction } from 'i18next';
import { displayTime, openingStatus, type OpeningStatus } from '../engine/hours.ts';
import type { Hours } from '../engine/schema.ts';
import { weekdays, type Weekday } from '../engine/weekdays.ts';
import { dateFormat } from './dateFormat.ts';

/**
 * Opening hours as a line says them: the schedule, then whether it is open now (the part a screen stresses),
 * then when it opens. `text` is the whole line.
 */
export type HoursWords = { kind: OpeningStatus['kind']; schedule: string; status: string; rest: string; text: string };

// 5 January 2026 was a Monday: the weekday names come from Intl, in the page's language.
export const dayName = (weekday: Weekday, language: string) =>
  dateFormat(language, 'weekday').format(new Date(Date.UTC(2026, 0, 5 + weekdays.indexOf(weekday))));

/** "Monday to Friday 9:00–17:00. Closed now, opens Monday at 9:00.", in Amsterdam time at `now`. */
export function hoursWords(hours: Hours, now: Date, t: TFunction, language: string): HoursWords {
  const status = openingStatus(hours, now);
  if (status.kind === 'always') {
    const always = t('ui.hours.always');
    return { kind: 'always', schedule: '', status: always, rest: '', text: always };
  }
  const slots = (hours.weekly ?? []).map((slot) => {
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
  const schedule = `${slots.join('; ')}. `;
  const openOrClosed = status.kind === 'open' ? t('ui.hours.openNow') : t('ui.hours.closedNow');
  const rest = `${when && `, ${when}`}.`;
  return { kind: status.kind, schedule, status: openOrClosed, rest, text: schedule + openOrClosed + rest };
}

import type { Hours } from './schema.ts';
import { weekdays, type Weekday } from './weekdays.ts';

// Opening hours are wall-clock times in the Netherlands, whatever the device's own time zone.
const TIME_ZONE = 'Europe/Amsterdam';

export type OpeningStatus =
  { kind: 'always' } | { kind: 'open'; closes: string } | { kind: 'closed'; opens?: { inDays: number; weekday: Weekday; time: string } };

type LocalDay = { date: string; weekday: Weekday; minutes: number };

// Made the first time it is needed, not on import: this module comes with the result's code, loaded after the
// first answer (src/ui/resultParts.ts), and a formatter that cannot be made is a screen that fails to draw (the
// error screen), not code that failed to load (which would offer to try again).
let parts: Intl.DateTimeFormat | undefined;
const amsterdamParts = () =>
  (parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

/** The date, weekday and minute of the day in Amsterdam at this instant. */
export function amsterdamNow(now: Date): LocalDay {
  const p = Object.fromEntries(
    amsterdamParts()
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const date = `${p.year}-${p.month}-${p.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(p.hour) * 60 + Number(p.minute) };
}

function weekdayOf(date: string): Weekday {
  // getUTCDay: 0 = Sunday; weekdays starts on Monday.
  return weekdays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The opening intervals of one calendar day, in minutes since midnight. */
function intervalsOn(hours: Hours, date: string): [number, number][] {
  const exception = hours.exceptions?.find((e) => e.date === date);
  if (exception) return exception.open && exception.close ? [[toMinutes(exception.open), toMinutes(exception.close)]] : [];
  const weekday = weekdayOf(date);
  return (hours.weekly ?? [])
    .filter((slot) => slot.days.includes(weekday))
    .map((slot): [number, number] => [toMinutes(slot.open), toMinutes(slot.close)])
    .sort((a, b) => a[0] - b[0]);
}

const asTime = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Open now, and if not, when it opens next (within a week and a day). */
export function openingStatus(hours: Hours, now: Date): OpeningStatus {
  if (hours.always) return { kind: 'always' };
  const today = amsterdamNow(now);
  const current = intervalsOn(hours, today.date).find(([open, close]) => open <= today.minutes && today.minutes < close);
  if (current) return { kind: 'open', closes: asTime(current[1]) };
  for (let inDays = 0; inDays <= 8; inDays++) {
    const date = addDays(today.date, inDays);
    const next = intervalsOn(hours, date).find(([open]) => inDays > 0 || open > today.minutes);
    if (next) return { kind: 'closed', opens: { inDays, weekday: weekdayOf(date), time: asTime(next[0]) } };
  }
  return { kind: 'closed' };
}

/** "9:00" style for an "HH:MM" time, as the sources write times. */
export const displayTime = (time: string) => asTime(toMinutes(time));

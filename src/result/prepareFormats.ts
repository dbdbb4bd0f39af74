import { amsterdamNow } from '../engine/hours.ts';
import { dayName } from './hoursWords.ts';
import { shortDate } from './shortDate.ts';

/**
 * Makes the date and time formats a result in `language` uses before it is drawn: the first format made for a
 * locale loads that locale's data, which took about 110 ms of the result's first frame on a slow phone (4× CPU,
 * profiled on the tap on Staphorst; pick → the result's head 241 ms, the hand-written page 67 ms). Made once
 * (src/result/dateFormat.ts), so the result draws with them at no cost.
 */
export function prepareFormats(language: string, now: Date) {
  amsterdamNow(now);
  dayName('mon', language);
  shortDate('2026-01-05', language);
}

const offsetName = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/** Amsterdam's offset from UTC at this instant, in milliseconds ("GMT+01:00" in winter). */
function offsetAt(instant: number): number {
  const name = offsetName.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const [, sign, hours, minutes] = /GMT([+-])(\d\d):(\d\d)/.exec(name) ?? ['', '+', '0', '0'];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/**
 * The instant a time names: "2026-12-07T20:00" is read as Amsterdam's wall clock, as opening hours are; one
 * with an offset ("…Z", "…+01:00") as written. Undefined for anything else.
 */
export function amsterdamInstant(time: string): Date | undefined {
  if (/(Z|[+-]\d\d:\d\d)$/.test(time)) {
    const date = new Date(time);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const match = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?$/.exec(time);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0'] = match;
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  // The offset at the wall time read as UTC is right but within hours of a clock change; a second look settles it.
  const instant = wall - offsetAt(wall - offsetAt(wall));
  return Number.isNaN(instant) ? undefined : new Date(instant);
}

const KINDS = {
  weekday: { weekday: 'long', timeZone: 'UTC' },
  shortDate: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const made = new Map<string, Intl.DateTimeFormat>();

/**
 * The date format of this kind for a locale, made once: making one costs about a millisecond on a slow
 * phone, and a result screen names a dozen weekdays and "checked on" dates.
 */
export function dateFormat(locale: string, kind: keyof typeof KINDS): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, KINDS[kind]);
    made.set(key, format);
  }
  return format;
}

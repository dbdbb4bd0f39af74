import type { Contact, Source } from '../engine/schema.ts';

/** Every source in a piece of content, however deep: phones, hours, e-mails, the contact's own sources. */
export function sourcesIn(value: unknown): Source[] {
  if (Array.isArray(value)) return value.flatMap(sourcesIn);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.quote === 'string' && typeof record.read === 'string') return [record as Source];
  return Object.values(record).flatMap(sourcesIn);
}

/** The day a contact's facts were last checked: the newest `read` date among all its sources. */
export const checkedOn = (contact: Contact): string =>
  sourcesIn(contact)
    .map((s) => s.read)
    .sort()
    .at(-1)!;

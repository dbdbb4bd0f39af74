import type { Contact } from '../engine/schema.ts';

/** The acute screen's contacts: the emergency number, and those shown under it (Veilig Thuis, day and night). */
export function acuteContacts<C extends Pick<Contact, 'urgent' | 'acute'>>(contacts: C[]) {
  return { emergency: contacts.find((c) => c.urgent)!, alsoHere: contacts.filter((c) => c.acute) };
}

import type { Contact } from '../engine/schema.ts';
import { sourcesIn } from './checkedOn.ts';
import { flowFiles } from './files.ts';
import { formatProblem } from './problem.ts';

const MONTHS = 12;

/** The day `months` before `today`, as "YYYY-MM-DD". */
function monthsBefore(today: Date, months: number): string {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return day.toISOString().slice(0, 10);
}

/**
 * The contact facts (a number, an address, opening hours…) whose newest source was read more than 12 months
 * before `today`: warnings for the keepers of the content, to check them again. They do not fail a check.
 */
export function staleFacts(contacts: Contact[], today: Date): string[] {
  const limit = monthsBefore(today, MONTHS);
  const warnings: string[] = [];
  const judge = (contact: Contact, fact: string, value: unknown) => {
    const newest = sourcesIn(value)
      .map((s) => s.read)
      .sort()
      .at(-1);
    if (newest && newest < limit) {
      warnings.push(
        formatProblem({
          file: flowFiles.contacts,
          id: contact.id,
          problem: `${fact} was last checked on ${newest}, more than ${MONTHS} months ago`,
        }),
      );
    }
  };
  for (const contact of contacts) {
    contact.phones.forEach((phone) => judge(contact, `phone ${phone.number}`, phone));
    contact.emails.forEach((email) => judge(contact, `e-mail ${email.address}`, email));
    if (contact.chat) judge(contact, 'chat', contact.chat);
    if (contact.website) judge(contact, `website ${contact.website.url}`, contact.website);
    if (contact.anonymous) judge(contact, `"${contact.anonymous.what} without giving your name"`, contact.anonymous.source);
    if (contact.interpreter) judge(contact, '"can bring in an interpreter"', contact.interpreter);
    judge(contact, 'name and role', contact.sources);
  }
  return warnings;
}

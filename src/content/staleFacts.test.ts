import { describe, expect, it } from 'vitest';
import { contacts } from '../../flows/contacts.ts';
import { checkedOn } from './checkedOn.ts';
import { staleFacts } from './staleFacts.ts';

describe('facts to check again', () => {
  it('are none while every source was read within 12 months', () =>
    expect(staleFacts(contacts, new Date('2026-12-01T12:00:00Z'))).toEqual([]));

  it('name each fact whose newest source is older than 12 months, by file and contact', () => {
    const warnings = staleFacts(contacts, new Date('2028-01-01T12:00:00Z'));
    expect(warnings).toContain('flows/contacts.ts › csg: phone 0800-0188 was last checked on 2026-11-27, more than 12 months ago');
    expect(warnings).toContain(
      'flows/contacts.ts › vt-ijsselland: e-mail info@vtij.nl was last checked on 2026-11-25, more than 12 months ago',
    );
  });

  it('dates a card by the newest source of all its facts', () => {
    expect(checkedOn(contacts.find((c) => c.id === 'csg')!)).toBe('2026-12-01');
    expect(checkedOn(contacts.find((c) => c.id === 'vt-ijsselland')!)).toBe('2026-11-25');
  });
});

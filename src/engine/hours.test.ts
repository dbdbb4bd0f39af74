import { describe, expect, it } from 'vitest';
import { amsterdamNow, openingStatus } from './hours.ts';
import type { Hours } from './schema.ts';

const source = { seed: '001_bbf42eed5c58e104.txt', read: '2026-11-25', quote: 'Of chat op maandag t/m vrijdag van 9 tot 17 uur.' } as const;
const chat: Hours = { weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }], source };
const always: Hours = { always: true, source };

// Instants are written in UTC; Amsterdam is UTC+1 in winter and UTC+2 in summer.
describe('opening hours in Amsterdam time', () => {
  it('reads the Amsterdam wall clock in winter and summer', () => {
    expect(amsterdamNow(new Date('2026-11-25T08:00:00Z'))).toEqual({ date: '2026-11-25', weekday: 'wed', minutes: 9 * 60 });
    expect(amsterdamNow(new Date('2026-07-01T07:00:00Z'))).toEqual({ date: '2026-07-01', weekday: 'wed', minutes: 9 * 60 });
  });

  it('is closed at 8:59 and opens today at 9:00', () =>
    expect(openingStatus(chat, new Date('2026-11-25T07:59:00Z'))).toEqual({
      kind: 'closed',
      opens: { inDays: 0, weekday: 'wed', time: '9:00' },
    }));

  it('is open at 9:00 until 17:00', () =>
    expect(openingStatus(chat, new Date('2026-11-25T08:00:00Z'))).toEqual({ kind: 'open', closes: '17:00' }));

  it('is open at 16:59 and closed at 17:00, opening tomorrow', () => {
    expect(openingStatus(chat, new Date('2026-11-25T15:59:00Z')).kind).toBe('open');
    expect(openingStatus(chat, new Date('2026-11-25T16:00:00Z'))).toEqual({
      kind: 'closed',
      opens: { inDays: 1, weekday: 'thu', time: '9:00' },
    });
  });

  it('is closed on Friday evening and over the weekend, opening on Monday', () => {
    const monday = { kind: 'closed', opens: { weekday: 'mon', time: '9:00' } };
    expect(openingStatus(chat, new Date('2026-11-27T19:30:00Z'))).toMatchObject({ ...monday, opens: { ...monday.opens, inDays: 3 } });
    expect(openingStatus(chat, new Date('2026-11-28T12:00:00Z'))).toMatchObject({ ...monday, opens: { ...monday.opens, inDays: 2 } });
    expect(openingStatus(chat, new Date('2026-11-29T22:59:00Z'))).toMatchObject({ ...monday, opens: { ...monday.opens, inDays: 1 } });
  });

  it('follows the clock change to summer time (29 March 2026)', () => {
    // 07:30 UTC is 8:30 CET on Friday 27 March, but 9:30 CEST on Monday 30 March.
    expect(openingStatus(chat, new Date('2026-03-27T07:30:00Z')).kind).toBe('closed');
    expect(openingStatus(chat, new Date('2026-03-30T07:30:00Z')).kind).toBe('open');
    expect(openingStatus(chat, new Date('2026-03-30T06:59:00Z')).kind).toBe('closed');
    expect(openingStatus(chat, new Date('2026-03-30T07:00:00Z')).kind).toBe('open');
  });

  it('follows the clock change to winter time (25 October 2026)', () => {
    // 15:30 UTC is 17:30 CEST on Friday 23 October, but 16:30 CET on Monday 26 October.
    expect(openingStatus(chat, new Date('2026-10-23T15:30:00Z')).kind).toBe('closed');
    expect(openingStatus(chat, new Date('2026-10-26T15:30:00Z')).kind).toBe('open');
    expect(openingStatus(chat, new Date('2026-10-26T16:00:00Z')).kind).toBe('closed');
  });

  it('does not depend on the time zone of the device', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(openingStatus(chat, new Date('2026-11-25T08:00:00Z')).kind).toBe('open');
    } finally {
      process.env.TZ = before;
    }
  });

  it('keeps an exception day closed and uses other hours when given', () => {
    const withHoliday: Hours = { ...chat, exceptions: [{ date: '2026-12-25' }, { date: '2026-12-24', open: '09:00', close: '12:00' }] };
    expect(openingStatus(withHoliday, new Date('2026-12-25T10:00:00Z'))).toEqual({
      kind: 'closed',
      opens: { inDays: 3, weekday: 'mon', time: '9:00' },
    });
    expect(openingStatus(withHoliday, new Date('2026-12-24T11:30:00Z')).kind).toBe('closed');
    expect(openingStatus(withHoliday, new Date('2026-12-24T10:30:00Z'))).toEqual({ kind: 'open', closes: '12:00' });
  });

  it('is always open for a 24/7 line', () => {
    expect(openingStatus(always, new Date('2026-11-29T03:00:00Z'))).toEqual({ kind: 'always' });
  });
});

import type { TFunction } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { source } from '../../flows/sources.ts';
import type { Hours } from '../engine/schema.ts';

// Flevoland's chat hours, as flows/contacts.ts has them.
const hours: Hours = {
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
  source: source.flevolandChat,
};
const t = ((key: string) => key) as unknown as TFunction;
const now = new Date('2026-12-03T10:00:00Z');

/** A card's dates and hours, composed with fresh modules (no format made yet); the formats it makes are counted. */
async function formatsMadeByCard(language: string, prepared: boolean): Promise<number> {
  vi.resetModules();
  const { prepareFormats } = await import('./prepareFormats.ts');
  const { hoursWords } = await import('./hoursWords.ts');
  const { shortDate } = await import('./shortDate.ts');
  if (prepared) prepareFormats(language, now);
  let made = 0;
  Intl.DateTimeFormat = class extends RealFormat {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      made += 1;
    }
  } as typeof Intl.DateTimeFormat;
  shortDate('2026-11-25', language);
  hoursWords(hours, now, t, language);
  return made;
}

const RealFormat = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = RealFormat;
});

describe('prepareFormats', () => {
  it.each(['nl', 'uk', 'en'])('in %s leaves no date or time format for a card to make', async (language) => {
    expect(await formatsMadeByCard(language, false), 'a card without it').toBeGreaterThan(0);
    expect(await formatsMadeByCard(language, true), 'a card after it').toBe(0);
  });
});

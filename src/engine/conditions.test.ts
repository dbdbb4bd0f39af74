import { describe, expect, it } from 'vitest';
import { compileCondition, matches } from './conditions.ts';
import type { Condition } from './schema.ts';

const conditions: Condition[] = [
  { all: [] },
  { role: ['self'] },
  { role: ['self'], age: ['adult'] },
  { region: ['ijsselland'] },
  { any: [{ role: ['host'] }, { not: { age: ['adult', '12-18'] } }] },
  { all: [{ concern: ['stalking'] }, { not: { any: [{ suspect: ['partner'] }, { region: ['flevoland'] }] } }] },
];
const situations: [Partial<Record<string, string>>, string | undefined][] = [
  [{}, undefined],
  [{ role: 'self', age: 'adult' }, 'ijsselland'],
  [{ role: 'host', age: '4-12', concern: 'stalking', suspect: 'other' }, undefined],
  [{ role: 'self', age: '12-18', concern: 'stalking', suspect: 'partner' }, 'flevoland'],
  [{ role: 'family', concern: 'stalking' }, 'flevoland'],
];

describe('compileCondition', () => {
  it.each(conditions.map((when) => [JSON.stringify(when), when] as const))('agrees with matches: %s', (_, when) => {
    const holds = compileCondition(when);
    for (const [answers, region] of situations)
      expect(holds(answers, region), JSON.stringify([answers, region])).toBe(matches(when, answers, region));
  });
});

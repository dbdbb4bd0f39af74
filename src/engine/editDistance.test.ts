import { describe, expect, it } from 'vitest';
import { editDistanceToStart } from './editDistance.ts';

describe('editDistanceToStart', () => {
  it('is 0 when the text starts with the query, whatever follows', () => {
    expect(editDistanceToStart('arnhem', 'arnhem', 1)).toBe(0);
    expect(editDistanceToStart('arn', 'arnhem', 1)).toBe(0);
  });

  it('counts a letter changed, dropped, added or two swapped, against the nearest start', () => {
    expect(editDistanceToStart('arnem', 'arnhem', 2)).toBe(1); // "arnhe", one letter longer
    expect(editDistanceToStart('arnhhem', 'arnhem', 2)).toBe(1); // "arnhem", one shorter
    expect(editDistanceToStart('anrhem', 'arnhem', 2)).toBe(1); // swapped
    expect(editDistanceToStart('brnhem', 'arnhem', 2)).toBe(1); // changed
  });

  it('gives limit + 1 as soon as it is further than the limit, also for a text shorter than the query', () => {
    expect(editDistanceToStart('zwolle', 'arnhem', 1)).toBe(2);
    expect(editDistanceToStart('arnhem', 'ar', 2)).toBe(3);
    expect(editDistanceToStart('arnhem', 'arnh', 2)).toBe(2);
  });
});

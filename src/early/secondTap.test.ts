import { describe, expect, it } from 'vitest';
import { isSecondTap } from './secondTap.ts';

describe('the second tap of a double tap', () => {
  const first = { at: 1000, x: 100, y: 400 };
  const shownAt = 1040; // the next screen, drawn by the first tap

  it('is a tap soon after, on the same spot, on the screen the first one brought', () =>
    expect(isSecondTap(first, { at: 1080, x: 104, y: 398 }, shownAt)).toBe(true));
  it('is not a tap elsewhere on that screen: a quick reader answering the next question', () =>
    expect(isSecondTap(first, { at: 1200, x: 100, y: 520 }, shownAt)).toBe(false));
  it('is not a tap a moment later, even on the same spot', () =>
    expect(isSecondTap(first, { at: 1600, x: 100, y: 400 }, shownAt)).toBe(false));
  it('is not a tap on the same screen as the first (nothing changed under the finger)', () =>
    expect(isSecondTap(first, { at: 1080, x: 100, y: 400 }, 900)).toBe(false));
  it('is not the first tap of a page', () => expect(isSecondTap(undefined, first, shownAt)).toBe(false));
});

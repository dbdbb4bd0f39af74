import { describe, expect, it } from 'vitest';
import { check, describeBroken, realContent } from './brokenContent.ts';

describe('the content as it is', () => {
  it('has no problems', () => expect(check(realContent())).toEqual([]), 60_000);
});

// The other half is in tests/brokenContentHalf.test.ts.
describeBroken(0);

import { describeBroken } from './brokenContent.ts';

// The first half, and the content as it is, are in tests/brokenContent.test.ts.
describeBroken(1);

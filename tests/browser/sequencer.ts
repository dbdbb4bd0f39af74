// The order in which the browser test files start: the long ones first, so that the run does not end with one
// long file while the other workers wait. Vitest orders by the last run's durations when it has them (kept in
// node_modules/.vite), which a fresh clone, as in CI, does not: there it starts the largest files first, and
// a11y.test.ts, short to read but half a minute to run, started last (2026-12-03). These files, the longest as
// measured that day, start first, longest first; then the rest in Vitest's own order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST_FIRST = ['resultLength', 'waits', 'seen', 'quickExit', 'announcements', 'earlyWalker', 'a11y', 'fullPath'];

const rank = (file: TestSpecification) => {
  const index = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
  return index === -1 ? LONGEST_FIRST.length : index;
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

import type { Answers } from '../engine/schema.ts';
import type { Problem } from './problem.ts';

/**
 * Gathers what a walk of every path finds wrong: one problem per file, id and problem, naming the first path
 * that shows it and how many more do ("…; and 42214 more paths").
 */
export function collectPerPath() {
  const found = new Map<string, { problem: Problem; first: Answers; more: number }>();
  return {
    add(problem: Problem, answers: Answers) {
      const key = `${problem.file}|${problem.id}|${problem.problem}`;
      const seen = found.get(key);
      if (seen) seen.more++;
      else found.set(key, { problem, first: answers, more: 0 });
    },
    problems(describe: (answers: Answers) => string): Problem[] {
      return [...found.values()].map(({ problem, first, more }) => {
        const others = more ? `; and ${more} more path${more === 1 ? '' : 's'}` : '';
        return { ...problem, problem: `${problem.problem} (${describe(first)}${others})` };
      });
    },
  };
}

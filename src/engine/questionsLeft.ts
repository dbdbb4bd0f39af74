import { leaves } from './conditions.ts';
import { isAsked, offeredOptions, type Routing } from './rules.ts';
import type { Answers, Question } from './schema.ts';

/**
 * How many questions can still follow `current` (not counting it), at least and at most, over every way the
 * remaining questions could be answered. The progress says "question 2 of 6 to 8" from it: a total that only
 * narrows as answers come in, never one that grows mid-way. Only the answers to questions that some
 * condition reads are tried one by one; the others cannot change which questions follow.
 */
export function questionsLeft(flow: Routing, answers: Answers, current: string): { min: number; max: number } {
  const at = flow.questions.findIndex((q) => q.id === current);
  const before: Answers = {};
  for (const question of flow.questions.slice(0, Math.max(at, 0))) before[question.id] = answers[question.id];
  const read = new Set(
    flow.questions
      .flatMap((q) => [q.when, ...q.options.map((o) => o.when), ...(q.variants ?? []).map((v) => v.when)])
      .flatMap((when) => leaves(when).map(([id]) => id)),
  );
  let min = Infinity;
  let max = 0;
  const visit = (index: number, given: Answers, count: number) => {
    const question: Question | undefined = flow.questions[index];
    if (!question) {
      min = Math.min(min, count);
      max = Math.max(max, count);
      return;
    }
    if (!isAsked(flow, question, given)) return visit(index + 1, given, count);
    const counted = index > at ? count + 1 : count;
    const options = read.has(question.id) ? offeredOptions(flow, question, given) : [undefined];
    for (const option of options) visit(index + 1, option ? { ...given, [question.id]: option.id } : given, counted);
  };
  visit(at, before, 0);
  return { min: min === Infinity ? 0 : min, max };
}

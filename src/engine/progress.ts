import { questionsLeft } from './questionsLeft.ts';
import { askedQuestions, type Routing } from './rules.ts';
import type { Answers } from './schema.ts';

/**
 * Where `question` is ("question 3") and how many there can be in all for these answers, at least and at
 * most ("of 6 to 7"). The total only narrows as answers come in; it never grows mid-way.
 */
export function progressOf(flow: Routing, answers: Answers, question: string): { current: number; min: number; max: number } {
  const current = askedQuestions(flow, answers).findIndex((q) => q.id === question) + 1;
  const left = questionsLeft(flow, answers, question);
  return { current, min: current + left.min, max: current + left.max };
}

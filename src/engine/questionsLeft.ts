import { leaves } from './conditions.ts';
import { isAsked, municipalityQuestion, offeredOptions, type Routing } from './rules.ts';
import type { Answers, Question } from './schema.ts';

/**
 * How many questions can still follow `current` (not counting it), at least and at most, over every way the
 * remaining questions could be answered. The progress says "question 2 of 6 to 8" from it: a total that only
 * narrows as answers come in, never one that grows mid-way. Only the answers that a later condition reads
 * are tried one by one, and the ways that agree on those are counted once: the others cannot change which
 * questions follow.
 */
export function questionsLeft(flow: Routing, answers: Answers, current: string): { min: number; max: number } {
  const at = flow.questions.findIndex((q) => q.id === current);
  const readFrom = readFromEach(flow);
  const before: Answers = {};
  for (const question of flow.questions.slice(0, Math.max(at, 0))) before[question.id] = answers[question.id];
  const known = new Map<string, Range>();
  const visit = (index: number, given: Answers): Range => {
    const question: Question | undefined = flow.questions[index];
    if (!question) return { min: 0, max: 0 };
    const key = `${index} ${readFrom[index].map((id) => given[id] ?? '').join(' ')}`;
    let left = known.get(key);
    if (left) return left;
    if (!isAsked(flow, question, given)) left = visit(index + 1, given);
    else {
      const counted = index > at ? 1 : 0;
      const options = readFrom[index + 1]?.includes(question.id) ? offeredOptions(flow, question, given) : [undefined];
      left = { min: Infinity, max: -Infinity };
      for (const option of options) {
        const after = visit(index + 1, option ? { ...given, [question.id]: option.id } : given);
        left = { min: Math.min(left.min, after.min + counted), max: Math.max(left.max, after.max + counted) };
      }
    }
    known.set(key, left);
    return left;
  };
  const { min, max } = visit(at, before);
  return { min: min === Infinity ? 0 : min, max: Math.max(max, 0) };
}

type Range = { min: number; max: number };

const readFromOf = new WeakMap<Routing['questions'], string[][]>();

/**
 * For each question, the questions whose answers its conditions or those of a later question read (the
 * region is read from the municipality's answer), worked out once per flow.
 */
function readFromEach(flow: Routing): string[][] {
  let readFrom = readFromOf.get(flow.questions);
  if (readFrom) return readFrom;
  const municipality = municipalityQuestion(flow)?.id;
  const readBy = (q: Question) =>
    [q.when, ...q.options.map((o) => o.when), ...(q.variants ?? []).map((v) => v.when)]
      .flatMap((when) => leaves(when).map(([id]) => (id === 'region' ? municipality : id)))
      .filter((id): id is string => id !== undefined);
  readFrom = [];
  let later = new Set<string>();
  for (let index = flow.questions.length - 1; index >= 0; index -= 1) {
    later = new Set([...later, ...readBy(flow.questions[index])]);
    readFrom[index] = [...later].sort();
  }
  readFromOf.set(flow.questions, readFrom);
  return readFrom;
}

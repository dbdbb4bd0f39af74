import { matches } from '../engine/conditions.ts';
import { regionOfAnswers, type Result } from '../engine/rules.ts';
import type { Answers, Flow, Safety } from '../engine/schema.ts';
import { flowFiles } from './files.ts';
import type { Problem } from './problem.ts';

/** What a result shows, as the ids safety rules name: advice, "advice.point" and contacts. */
export function shownOn(result: Result): Set<string> {
  const points = Object.entries(result.points).flatMap(([advice, ids]) => ids.map((id) => `${advice}.${id}`));
  return new Set([...result.urgent, ...result.contacts, ...result.act, ...result.about, ...points]);
}

export const describePath = (answers: Answers) =>
  Object.entries(answers)
    .map(([question, option]) => `${question}: ${option}`)
    .join(', ');

/**
 * Holds the advice and contacts to SPEC's safe-advice rules on every path. One problem per rule and id,
 * naming the first path that breaks it and how many more do.
 */
export function checkSafety(flow: Flow, safety: Safety, paths: { answers: Answers; shown: Set<string> }[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set([
    ...flow.advice.flatMap((a) => [a.id, ...(a.points ?? []).map((p) => `${a.id}.${typeof p === 'string' ? p : p.id}`)]),
    ...flow.contacts.map((c) => c.id),
  ]);
  for (const rule of safety.rules) {
    for (const id of rule.shows.filter((id) => !known.has(id))) {
      problems.push({ file: flowFiles.safety, id, problem: 'is no advice block, point or contact in flows/' });
    }
  }
  if (problems.length) return problems;

  const broken = new Map<string, { problem: Problem; first: Answers; more: number }>();
  for (const { answers, shown } of paths) {
    const region = regionOfAnswers(flow, answers);
    for (const rule of safety.rules) {
      const condition = rule.never ?? rule.always!;
      if (!matches(condition, answers, region)) continue;
      for (const id of rule.shows) {
        if (shown.has(id) === Boolean(rule.never)) {
          const file = flow.contacts.some((c) => c.id === id) ? flowFiles.contacts : flowFiles.advice;
          const problem = `${rule.never ? 'shown on' : 'missing on'} ${rule.on}`;
          const key = `${file}|${id}|${problem}`;
          const seen = broken.get(key);
          if (seen) seen.more++;
          else broken.set(key, { problem: { file, id, problem }, first: answers, more: 0 });
        }
      }
    }
  }
  for (const { problem, first, more } of broken.values()) {
    const others = more ? `; and ${more} more path${more === 1 ? '' : 's'}` : '';
    problems.push({ ...problem, problem: `${problem.problem} (${describePath(first)}${others})` });
  }
  return problems;
}

import { compileCondition } from '../engine/conditions.ts';
import { regionOfAnswers, type Result } from '../engine/rules.ts';
import type { Answers, Flow, Safety } from '../engine/schema.ts';
import { flowFiles } from './files.ts';
import type { Problem } from './problem.ts';
import { collectPerPath } from './collectPerPath.ts';

/** One path through the flow: its answers, its result, and what it shows as the ids safety rules name. */
export type PathResult = { answers: Answers; result: Result; shown: Set<string> };

/** The words an advice block shows: its variant, or "default". */
export const wordingOf = (result: Result, advice: string) => result.variants[advice] ?? 'default';

/**
 * What a result shows, as the ids safety rules name: advice, "advice.point", "advice@wording" (the variant
 * whose words it shows, or "default") and contacts.
 */
export function shownOn(result: Result): Set<string> {
  // 84,960 paths end in about 2,700 results, which a walk read back from disk shares between its paths.
  let shown = shownBefore.get(result);
  if (!shown) shownBefore.set(result, (shown = shownNow(result)));
  return shown;
}

const shownBefore = new WeakMap<Result, Set<string>>();

function shownNow(result: Result): Set<string> {
  const points = Object.entries(result.points).flatMap(([advice, ids]) => ids.map((id) => `${advice}.${id}`));
  const wordings = [...result.act, ...result.about].map((advice) => `${advice}@${wordingOf(result, advice)}`);
  return new Set([...result.urgent, ...result.contacts, ...result.act, ...result.about, ...points, ...wordings]);
}

export const describePath = (answers: Answers) =>
  Object.entries(answers)
    .map(([question, option]) => `${question}: ${option}`)
    .join(', ');

/**
 * Holds the advice and contacts to SPEC's safe-advice rules on every path. One problem per rule and id,
 * naming the first path that breaks it and how many more do.
 */
export function checkSafety(flow: Flow, safety: Safety, paths: Pick<PathResult, 'answers' | 'shown'>[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set([
    ...flow.advice.flatMap((a) => [a.id, ...(a.points ?? []).map((p) => `${a.id}.${typeof p === 'string' ? p : p.id}`)]),
    ...flow.contacts.map((c) => c.id),
  ]);
  // A wording ("what-happens@self") of a block that exists is checked on the paths, also when the block has lost
  // it: then the paths say where the other words show instead.
  const isKnown = (id: string) => known.has(id.split('@')[0]) && (id.includes('@') || known.has(id));
  for (const rule of safety.rules) {
    for (const id of rule.shows.filter((id) => !isKnown(id))) {
      problems.push({ file: flowFiles.safety, id, problem: 'is no advice block, point or contact in flows/' });
    }
  }
  if (problems.length) return problems;

  const broken = collectPerPath();
  const rules = safety.rules.map((rule) => ({ ...rule, holds: compileCondition(rule.never ?? rule.always!) }));
  for (const { answers, shown } of paths) {
    const region = regionOfAnswers(flow, answers);
    for (const rule of rules) {
      if (!rule.holds(answers, region)) continue;
      for (const id of rule.shows) {
        if (shown.has(id) === Boolean(rule.never)) {
          const file = flow.contacts.some((c) => c.id === id) ? flowFiles.contacts : flowFiles.advice;
          broken.add({ file, id, problem: `${rule.never ? 'shown on' : 'missing on'} ${rule.on}` }, answers);
        }
      }
    }
  }
  problems.push(...broken.problems(describePath));
  return problems;
}

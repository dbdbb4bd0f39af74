import { compileCondition } from '../engine/conditions.ts';
import { regionOfAnswers } from '../engine/rules.ts';
import type { Flow, Safety } from '../engine/schema.ts';
import { describePath, type PathResult } from './checkSafety.ts';
import { flowFiles } from './files.ts';
import { collectPerPath } from './collectPerPath.ts';
import type { Problem } from './problem.ts';

/**
 * Holds every path to SPEC's order of the first step, stated once more in flows/safety.ts: one first step, the
 * contact the first rule that holds names, and the one right below it (or none). One problem per rule and
 * outcome, naming the first path that breaks it and how many more do.
 */
export function checkFirstStep(flow: Flow, safety: Safety, results: PathResult[]): Problem[] {
  const broken = collectPerPath();
  const order = safety.firstStep.map((rule) => ({ ...rule, holds: compileCondition(rule.when) }));
  for (const { answers, result } of results) {
    const region = regionOfAnswers(flow, answers);
    const rule = order.find((r) => r.holds(answers, region));
    if (!rule) {
      broken.add({ file: flowFiles.safety, id: 'firstStep', problem: 'no rule of the order holds' }, answers);
      continue;
    }
    if (result.firstStep !== rule.first) {
      const shown = result.firstStep ? `leads with ${result.firstStep}` : 'has no first step';
      broken.add({ file: flowFiles.contacts, id: 'firstSteps', problem: `${shown}, where ${rule.on} names ${rule.first}` }, answers);
    } else if (result.below?.contact !== rule.below) {
      const shown = result.below ? `shows ${result.below.contact}` : 'shows nothing';
      const expected = rule.below ?? 'nothing';
      broken.add(
        {
          file: flowFiles.contacts,
          id: `firstSteps › ${rule.first}`,
          problem: `${shown} right below it, where ${rule.on} names ${expected}`,
        },
        answers,
      );
    }
  }
  return broken.problems(describePath);
}

import { municipalityQuestion, nextStep, questionById, offeredOptions, RESULT, regionOf } from '../engine/rules.ts';
import { leaves } from '../engine/conditions.ts';
import type { Answers, Flow, Municipality } from '../engine/schema.ts';

/**
 * Municipalities that stand for all others in a walk: each one a condition names, one more of each
 * region, and one in no region. Every municipality behaves like one of these.
 */
export function representativeMunicipalities(flow: Flow, municipalities: Municipality[]): string[] {
  const conditions = [
    ...flow.contacts.map((rule) => rule.when),
    ...flow.advice.map((rule) => rule.when),
    ...flow.questions.flatMap((q) => [q.when, ...q.options.map((o) => o.when)]),
  ];
  const named = new Set(
    conditions.flatMap((when) => leaves(when).flatMap(([key, values]) => (key === municipalityQuestion(flow)?.id ? values : []))),
  );
  const chosen = [...named];
  for (const region of flow.regions) {
    const other = region.members.find((code) => !named.has(code));
    if (other) chosen.push(other);
  }
  const outside = municipalities.find(([code]) => regionOf(flow, code) === undefined && !named.has(code));
  if (outside) chosen.push(outside[0]);
  return chosen;
}

const failOnDeadEnd = (question: string, answers: Answers) => {
  throw new Error(`flows/questions.ts › ${question}: is a dead end, no option is on offer after ${JSON.stringify(answers)}`);
};

/**
 * Every complete set of answers the flow can end in, in flow order (the acute screen changes none). A
 * question that offers no option on some path is a dead end: `onDeadEnd` hears of it (by default it throws).
 */
export function allAnswerPaths(
  flow: Flow,
  municipalityChoices: string[],
  onDeadEnd: (question: string, answers: Answers) => void = failOnDeadEnd,
): Answers[] {
  const paths: Answers[] = [];
  const walk = (answers: Answers) => {
    const step = nextStep(flow, answers);
    if (step === RESULT) return void paths.push(answers);
    const question = questionById(flow, step)!;
    const options = offeredOptions(flow, question, answers).map((o) => o.id);
    if (!options.length && question.input !== 'municipality') return onDeadEnd(question.id, answers);
    const choices = question.input === 'municipality' ? [...municipalityChoices, ...options] : options;
    for (const option of choices) walk({ ...answers, [question.id]: option });
  };
  walk({});
  return paths;
}

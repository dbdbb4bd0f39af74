import { createActor, type Snapshot } from 'xstate';
import type { Answers } from '../engine/schema.ts';
import type { Step } from '../engine/rules.ts';
import { flowMachine } from './hooks/flowActor.ts';
import { flow } from '../engine/shippedFlow.ts';

/**
 * The machine's state after these answers, given one by one in the order of the flow as if each had been
 * tapped in the app, and then Back until `step` (where the walker went back to): the app starts from it
 * where the early walker (src/early/walker.ts) walked ahead. Fails when the answers do not lead there.
 */
export function replayed(answers: Answers, step: Step): Snapshot<unknown> {
  const actor = createActor(flowMachine).start();
  for (const question of flow.questions) {
    const option = answers[question.id];
    if (option !== undefined) actor.send({ type: 'ANSWER', question: question.id, option });
  }
  for (let back = 0; actor.getSnapshot().value !== step && back < flow.questions.length; back += 1) actor.send({ type: 'BACK' });
  const at = actor.getSnapshot();
  if (at.value !== step)
    throw new Error(`the early answers ${JSON.stringify(answers)} do not lead to "${step}" but to "${String(at.value)}"`);
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return snapshot;
}

import { createActor, type SnapshotFrom } from 'xstate';
import type { FlowEvent, FlowMachine } from '../engine/buildMachine.ts';
import { ACUTE, RESULT, stepAfterAnswer, type Routing } from '../engine/rules.ts';
import type { Language } from '../i18n/languages.ts';
import type { EarlyEvent, EarlyHandover } from './handover.ts';

/**
 * Stops the early walker (src/early/walker.ts) and takes what it kept, removing it from the page: its log
 * and the responses it fetched. What the walker marked while a tap waited for the app (a busy option or
 * link) goes too: the app marks what it waits for itself, and takes the screen over as drawn. What the
 * walker said (src/early/announcerRegion.ts) stays said: the app does not say it again.
 */
export function takeOverEarlyWalk(): EarlyHandover {
  const handover = window.__pluisEarly ?? { log: [], fetched: {} };
  delete window.__pluisEarly;
  document.querySelectorAll('[aria-busy="true"]:not([role="listbox"])').forEach((element) => element.removeAttribute('aria-busy'));
  return handover;
}

export type CheckStart = {
  /**
   * The check on the screen the early walker shows, which the app takes over (hydrates) as it is; none when
   * the person did nothing before the app arrived: the check starts afresh, on the page's first question.
   */
  snapshot: SnapshotFrom<FlowMachine> | undefined;
  /** What waits for the app, sent once it has taken the screen over. */
  waiting: FlowEvent[];
};

/**
 * The check as the person left it before the app arrived: the walker's log sent to the machine, in order.
 * The walker draws the questions itself: answers that lead to another question, Back, and what is typed in
 * the municipality box make the screen the app takes over. What needs the app's screens (an answer that
 * leads to the acute screen or the result, the safety page, another language) waits until the app runs,
 * in order; the walker went on from the screen it was on.
 */
export function checkFromEarlyWalk(machine: FlowMachine, flow: Routing, language: Language, log: EarlyEvent[]): CheckStart {
  // Nothing to replay: no actor of its own to make, start and stop while the page loads (the app makes its own).
  if (!log.length) return { snapshot: undefined, waiting: [] };
  const actor = createActor(machine, { input: { language } }).start();
  const waiting: FlowEvent[] = [];
  for (const event of log) {
    const { answers } = actor.getSnapshot().context;
    const next = event.type === 'ANSWER' ? stepAfterAnswer(flow, answers, event.question, event.option) : undefined;
    if (event.type === 'SAFETY' || event.type === 'LANGUAGE' || next === ACUTE || next === RESULT) waiting.push(event);
    else actor.send(event);
  }
  const snapshot = actor.getPersistedSnapshot() as SnapshotFrom<FlowMachine>;
  actor.stop();
  return { snapshot, waiting };
}

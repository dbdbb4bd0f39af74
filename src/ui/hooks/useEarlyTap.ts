import { useEffect } from 'react';
import { takeEarlyTap } from '../earlyWalk.ts';
import { FlowActor } from './flowActor.ts';

/**
 * Answers with a tap the early walker kept because its answer needs the app (src/early/walker.ts: the
 * acute screen, the result), and opens the safety page if it was asked for. The walker has already stopped
 * (src/ui/earlyWalk.ts).
 */
export function useEarlyTap() {
  const actor = FlowActor.useActorRef();
  useEffect(() => {
    const { answer, safety } = takeEarlyTap();
    if (answer) actor.send({ type: 'ANSWER', ...answer });
    if (safety) actor.send({ type: 'SAFETY' });
  }, [actor]);
}

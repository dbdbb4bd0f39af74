import { useEffect } from 'react';
import type { EarlyWindow } from '../early/handover.ts';
import { FlowActor } from './flowActor.ts';

/**
 * Answers with a tap the early walker kept because its answer needs the app (src/early/walker.ts: the
 * acute screen, the result), and opens the safety page if it was asked for. The walker has already stopped
 * (src/ui/earlyWalk.ts).
 */
export function useEarlyTap() {
  const actor = FlowActor.useActorRef();
  useEffect(() => {
    const page = window as EarlyWindow;
    const tap = page.__pluisTap;
    const safety = page.__pluisSafety;
    delete page.__pluisTap;
    delete page.__pluisSafety;
    document
      .querySelectorAll('[data-option][aria-busy], [data-safety][aria-busy]')
      .forEach((element) => element.removeAttribute('aria-busy'));
    if (tap) {
      const [question, option] = tap.split(/:(.*)/s);
      actor.send({ type: 'ANSWER', question, option });
    }
    if (safety) actor.send({ type: 'SAFETY' });
  }, [actor]);
}

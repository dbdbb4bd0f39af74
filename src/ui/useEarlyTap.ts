import { useEffect } from 'react';
import type { EarlyWindow } from '../early/handover.ts';
import { FlowActor } from './flowActor.ts';

/**
 * Answers with a tap the early walker kept because its answer needs the app (src/early/walker.ts: the
 * acute screen, the result). The walker has already stopped (src/ui/earlyWalk.ts).
 */
export function useEarlyTap() {
  const actor = FlowActor.useActorRef();
  useEffect(() => {
    const page = window as EarlyWindow;
    const tap = page.__pluisTap;
    delete page.__pluisTap;
    document.querySelectorAll('[data-option][aria-busy]').forEach((button) => button.removeAttribute('aria-busy'));
    if (!tap) return;
    const [question, option] = tap.split(/:(.*)/s);
    actor.send({ type: 'ANSWER', question, option });
  }, [actor]);
}

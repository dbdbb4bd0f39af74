import { useEffect } from 'react';
import { FlowActor } from './flowActor.ts';

type EarlyTapWindow = Window & { __pluisReady?: boolean; __pluisTap?: string };

/**
 * Answers with a tap made on the prerendered first question before the app ran (scripts/earlyTap.js),
 * and tells that script the app has taken over.
 */
export function useEarlyTap() {
  const actor = FlowActor.useActorRef();
  useEffect(() => {
    const page = window as EarlyTapWindow;
    page.__pluisReady = true;
    const tap = page.__pluisTap;
    delete page.__pluisTap;
    document.querySelectorAll('[data-option][aria-busy]').forEach((button) => button.removeAttribute('aria-busy'));
    if (!tap) return;
    const [question, option] = tap.split(/:(.*)/s);
    actor.send({ type: 'ANSWER', question, option });
  }, [actor]);
}

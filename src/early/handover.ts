import type { FlowEvent } from '../engine/buildMachine.ts';

/**
 * What the person did before the app's script arrived, in order, as the check's own events: answers and
 * Back (which the early walker drew), a tap whose screen needs the app (the acute screen, the result), the
 * safety page and another language asked for, and what was typed in the municipality box. The app starts
 * its check from it (src/early/takeOver.ts).
 */
export type EarlyEvent = Extract<FlowEvent, { type: 'ANSWER' | 'BACK' | 'SAFETY' | 'LANGUAGE' | 'TYPE' }>;

/** What the early walker hands the app: its log, and the responses it fetched for later screens. */
export type EarlyHandover = { log: EarlyEvent[]; fetched: Record<string, Promise<Response>> };

/** Quick exit's handshake between the page's first script (scripts/quickExit.js) and the app. */
export type QuickExitHandshake = {
  /** Set by the app: leaves its way (forgets the answers, empties the clipboard). */
  leave?: () => void;
  /** Set by the app: hears how many times Shift was pressed, to announce it. */
  pressed?: (presses: number) => void;
};

// The page's only two globals, memory only. The app takes the handover and removes it; from then on the
// walker does nothing.
declare global {
  interface Window {
    __pluisEarly?: EarlyHandover;
    __pluisExit?: QuickExitHandshake;
  }
}

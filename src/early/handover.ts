import type { Answers } from '../engine/schema.ts';

/**
 * What the early walker (walker.ts) hands the app when the app's script has arrived: the answers given so
 * far, the screen on show, and what was typed in the municipality box while it waited for the app.
 */
export type EarlyWalk = { answers: Answers; step: string; query: string; queryFocused: boolean };

/** The page's globals shared by the inline scripts and the app. Memory only. */
export type EarlyWindow = Window & {
  /** The walk so far (the walker keeps it up to date). */
  __pluisWalk?: EarlyWalk;
  /** Set by the app when it takes over: from then on the walker and the early tap do nothing. */
  __pluisReady?: boolean;
  /** A tap the walker could not show the answer to (the acute screen, the result): the app answers it. */
  __pluisTap?: string;
  /** The safety page was asked for before the app arrived: the app opens it. */
  __pluisSafety?: boolean;
  /** Another language was asked for before the app arrived, with something to keep: the app switches to it. */
  __pluisLanguage?: string;
  /** Leaves the site (scripts/quickExit.js calls it): the walker's way, then the app's. */
  __pluisLeave?: () => void;
};

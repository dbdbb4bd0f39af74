// The tab's history of a visit, as the app and the early walker keep it: at most two entries, both at the
// language's address and naming no screen: the first, and one "ahead" of it while there is somewhere to go
// back to, so that the browser's Back lands on the first and is heard as Back (src/ui/hooks/useOneHistory.ts).

/** Whether the entry on show is the one kept ahead of the first. */
export const onEntryAhead = () => (history.state as { pluis?: unknown } | null)?.pluis === 'ahead';

/** The state each entry carries. */
export const FIRST = { pluis: 'first' } as const;
export const AHEAD = { pluis: 'ahead' } as const;

/**
 * What to do with the history once a screen is on show, or the browser has moved: put an entry ahead of the
 * first when there is somewhere to go back to and none is there, step back off it when there is nowhere to
 * go back to. The one rule of the walker and the app.
 */
export function historyStep(ahead: boolean, canGoBack: boolean): 'push' | 'back' | undefined {
  if (canGoBack && !ahead) return 'push';
  if (!canGoBack && ahead) return 'back';
  return undefined;
}

import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * True while React takes over markup it did not draw in this page (the prerendered first question, or a
 * screen the early walker drew), false when it draws afresh: the first render of a taken-over screen must
 * be what is on the page. (During hydration React reads the server snapshot, `true`; afterwards the client's.)
 */
export const useHydrating = () =>
  useSyncExternalStore(
    never,
    () => false,
    () => true,
  );

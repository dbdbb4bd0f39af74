import { useSyncExternalStore, type RefObject } from 'react';

const onFocusMoves = (changed: () => void) => {
  document.addEventListener('focusin', changed);
  document.addEventListener('focusout', changed);
  return () => {
    document.removeEventListener('focusin', changed);
    document.removeEventListener('focusout', changed);
  };
};

/** Whether focus is on this element now (false while React takes over markup: the server knows no focus). */
export function useHasFocus(element: RefObject<HTMLElement | null>) {
  return useSyncExternalStore(
    onFocusMoves,
    () => element.current !== null && document.activeElement === element.current,
    () => false,
  );
}

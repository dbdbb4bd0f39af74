import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const PRESSES = 3;
const WITHIN_MS = 5000;

/**
 * Counts lone Shift presses; the third within five seconds calls `onExit`. Returns how many count now,
 * for the status message. Counted on keyup, and only when no other key went down since the Shift:
 * Shift+A also ends with a Shift keyup, and typing capitals must never leave the site.
 */
export function useShiftExit(onExit: () => void): number {
  const [count, setCount] = useState(0);
  // The listeners live as long as the page: a new onExit on each render must not restart the count.
  const exit = useRef(onExit);
  useLayoutEffect(() => {
    exit.current = onExit;
  });
  useEffect(() => {
    let presses = 0;
    let lone = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      presses = 0;
      setCount(0);
    };
    const down = (event: KeyboardEvent) => {
      lone = event.key === 'Shift' && !event.repeat;
      if (event.key !== 'Shift') reset();
    };
    const up = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || !lone) return;
      lone = false;
      presses += 1;
      clearTimeout(timer);
      if (presses >= PRESSES) {
        reset();
        exit.current();
        return;
      }
      setCount(presses);
      timer = setTimeout(reset, WITHIN_MS);
    };
    document.addEventListener('keydown', down, true);
    document.addEventListener('keyup', up, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', down, true);
      document.removeEventListener('keyup', up, true);
    };
  }, []);
  return count;
}

import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { isSecondTap, type Tap } from '../../early/secondTap.ts';

/**
 * One tap, one answer. A tap or click on the screen is swallowed, before anything there sees it, when it
 * is the second of a double tap or double click (the browser counts it: `detail` 2 and up; or, where it does not,
 * it comes soon after a tap on the same spot of the screen before, src/early/secondTap.ts), or when the
 * finger or button went down before this screen appeared (a tap that lands while the screen changes).
 * So it never answers the next question or follows a link there. Keyboard activations (`detail` 0) always
 * count, at once: keyboard users are not slowed down.
 */
export function useTapGuard(screen: string, area: RefObject<HTMLElement | null>) {
  const shownAt = useRef(-Infinity);
  const pressedAt = useRef(-Infinity);
  const first = useRef(true);
  const lastTaken = useRef<Tap>(undefined);
  useLayoutEffect(() => {
    // The first screen of a page has nothing before it: a tap made while it loads counts.
    if (first.current) first.current = false;
    else shownAt.current = performance.now();
  }, [screen]);
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const press = (event: PointerEvent) => {
      pressedAt.current = event.timeStamp;
    };
    const swallow = (event: MouseEvent) => {
      if (event.detail === 0) return;
      const finger = (event as PointerEvent).pointerType === 'touch';
      const tap = { at: event.timeStamp, x: event.clientX, y: event.clientY };
      const repeated = event.detail > 1 || (finger && isSecondTap(lastTaken.current, tap, shownAt.current));
      const pressedBefore = event.detail === 1 && pressedAt.current < shownAt.current;
      if (repeated || pressedBefore) {
        event.preventDefault();
        event.stopPropagation();
      } else if (finger) lastTaken.current = tap;
    };
    document.addEventListener('pointerdown', press, true);
    element.addEventListener('click', swallow, true);
    return () => {
      document.removeEventListener('pointerdown', press, true);
      element.removeEventListener('click', swallow, true);
    };
  }, [area]);
}

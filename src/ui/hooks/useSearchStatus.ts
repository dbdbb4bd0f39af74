import { useCallback, useEffect, useRef, useState } from 'react';
import { inTurn } from '../lib/announcer.ts';

/** How long typing must pause before the number of matches is announced. */
export const TYPING_PAUSE_MS = 700;

const nothingToCancel = (): void => undefined;

/**
 * What a search's status region says: `message` once typing pauses (so that a screen reader does not read
 * out a count at every key), at once when it changes without typing (the list loaded or failed), and always
 * in its turn on the page's one voice (src/ui/lib/announcer.ts): never in the same moment as another message.
 * `say` answers a key, also with the same words as before (a no-break space makes the text new, so it is read
 * again); `typing` is called on each key and silences the status until the pause. `drawn`: the status is
 * already on the page saying `message` (a box taken over from the early walker), not to be heard anew.
 */
export function useSearchStatus(message: string, query: string, drawn = false) {
  const [status, setStatus] = useState(drawn ? message : '');
  // What the status says, known as it is set, not after React's next effects: a key pressed in between (Enter
  // again, on a busy phone) must find the words it repeats, or it says them unchanged and so unheard.
  const shown = useRef(status);
  const setShown = useCallback((words: string) => {
    shown.current = words;
    setStatus(words);
  }, []);
  const lastKey = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  const waiting = useRef<() => void>(nothingToCancel);
  const show = useCallback(
    (words: string) => {
      waiting.current();
      waiting.current = nothingToCancel;
      if (!words) setShown('');
      else waiting.current = inTurn(() => setShown(words));
    },
    [setShown],
  );
  useEffect(() => {
    // Measured from the last key, not from this change: the matches may arrive a little after the key.
    const wait = Math.max(0, lastKey.current + TYPING_PAUSE_MS - Date.now());
    pause.current = setTimeout(() => {
      if (message !== shown.current) show(message);
    }, wait);
    return () => {
      clearTimeout(pause.current);
      waiting.current();
    };
  }, [message, query, show]);
  // The answer to a key is what is said then, not what typing before it would have said after its pause.
  const say = useCallback(
    (words: string) => {
      clearTimeout(pause.current);
      show(shown.current === words ? `${words}\u00a0` : words);
    },
    [show],
  );
  const typing = useCallback(() => {
    lastKey.current = Date.now();
    show('');
  }, [show]);
  return { status, say, typing };
}

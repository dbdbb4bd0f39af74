import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing must pause before the number of matches is announced. */
export const TYPING_PAUSE_MS = 700;

/**
 * What a search's status region says: `message` once typing pauses (so that a screen reader does not read
 * out a count at every key), at once when it changes without typing (the list loaded or failed). `say`
 * answers a key at once, also with the same words as before (a no-break space makes the text new, so it is
 * read again); `typing` is called on each key and silences the status until the pause. `drawn`: the status
 * is already on the page saying `message` (a box taken over from the early walker), not to be heard anew.
 */
export function useSearchStatus(message: string, query: string, drawn = false) {
  const [status, setStatus] = useState(drawn ? message : '');
  const lastKey = useRef(0);
  useEffect(() => {
    // Measured from the last key, not from this change: the matches may arrive a little after the key.
    const wait = Math.max(0, lastKey.current + TYPING_PAUSE_MS - Date.now());
    const timer = window.setTimeout(() => setStatus(message), wait);
    return () => window.clearTimeout(timer);
  }, [message, query]);
  const say = useCallback((words: string) => setStatus((before) => (before === words ? `${words}\u00a0` : words)), []);
  const typing = useCallback(() => {
    lastKey.current = Date.now();
    setStatus('');
  }, []);
  return { status, say, typing };
}

import { useEffect, useRef, useState } from 'react';
import { inTurn } from '../lib/announcer.ts';

/**
 * The words for a live region of a screen: `message` once it is its turn on the page's one voice
 * (src/ui/lib/announcer.ts), so that it is heard, and never in the same moment as another message; silence
 * at once. A message that changes before its turn is never said.
 */
export function useSaidInTurn(message: string) {
  const [said, setSaid] = useState('');
  const shown = useRef(said);
  useEffect(() => {
    shown.current = said;
  }, [said]);
  useEffect(() => {
    if (message === shown.current) return;
    if (message) return inTurn(() => setSaid(message));
    const timer = setTimeout(() => setSaid(''));
    return () => clearTimeout(timer);
  }, [message]);
  return said;
}

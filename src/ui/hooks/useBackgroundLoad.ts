import { useSelector } from '@xstate/react';
import { useCallback, useEffect } from 'react';
import { backgroundLoad, type BackgroundFile, type LoadState } from '../../load/background.ts';

/**
 * A screen's view of a file loading in the background (src/load/background.ts): its state, what was read
 * once it is ready, and `retry` after a failure. A screen that opens on a failed load tries once more itself.
 */
export function useBackgroundLoad<T>(file: BackgroundFile<T>) {
  const actor = backgroundLoad(file as BackgroundFile<unknown>);
  const state = useSelector(actor, (snapshot) => snapshot.value as LoadState);
  const value = useSelector(actor, (snapshot) => snapshot.context.value as T | undefined);
  useEffect(() => {
    if (actor.getSnapshot().matches('failed')) actor.send({ type: 'RETRY' });
  }, [actor]);
  const retry = useCallback(() => actor.send({ type: 'RETRY' }), [actor]);
  return { state, value, retry };
}

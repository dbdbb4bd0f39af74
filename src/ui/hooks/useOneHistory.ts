import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Language } from '../../i18n/languages.ts';
import { addressOf } from '../../i18n/language.ts';
import { FlowActor } from './flowActor.ts';
import { leftByQuickExit, onEntryAhead } from '../lib/quickExit.ts';

type Actor = ReturnType<typeof FlowActor.useActorRef>;
const BACK = { type: 'BACK' } as const;

// A history.back() of our own is on its way: its popstate is not the user going back.
let ownStepBack = false;
function stepBackOurselves() {
  ownStepBack = true;
  window.history.back();
}

/**
 * The in-app Back (`data-back`, and "back" on the safety page): the very same step as the browser's Back,
 * so it never adds a history entry, and a Back after it goes further back, never forward.
 */
export function goBack(actor: Actor) {
  if (onEntryAhead() && !ownStepBack) window.history.back();
  else actor.send(BACK);
}

/**
 * One visit, at most two history entries, and Back handled inside them: the first entry, and one entry
 * "ahead" of it while the machine has somewhere to go back to. Back (the browser's, or the in-app one)
 * lands on the first entry; the app sends BACK to the machine and, if there is still somewhere to go back
 * to, puts the entry ahead back (in the place of the one just left, so the number of entries stays the
 * same). On the first question there is no entry ahead, so Back leaves the site as it would anywhere. Both
 * entries have the one address of the language and name no screen; the screens and the answers stay in
 * the machine, their one owner. Quick exit steps back onto the first entry and replaces it (quickExit.ts),
 * so that nothing of the check is left behind the neutral page.
 */
export function useOneHistory(language: Language) {
  const actor = FlowActor.useActorRef();
  const canGoBack = FlowActor.useSelector((s) => s.can(BACK));
  const screen = FlowActor.useSelector((s) => s.value as string);
  const address = useRef(addressOf(language));
  useLayoutEffect(() => {
    address.current = addressOf(language);
  });

  useEffect(() => {
    // An entry ahead is kept: the early walker (src/early/walker.ts) may have answered before the app came.
    window.history.replaceState(onEntryAhead() ? window.history.state : { pluis: 'first' }, '', address.current);
    const onPop = () => {
      if (leftByQuickExit()) return;
      const own = ownStepBack;
      ownStepBack = false;
      const snapshot = actor.getSnapshot();
      if (onEntryAhead()) {
        // Forward onto an entry ahead that no longer has a screen behind it: step back off it.
        if (!snapshot.can(BACK)) stepBackOurselves();
      } else if (!own && snapshot.can(BACK)) {
        actor.send(BACK);
      } else if (snapshot.can(BACK)) {
        window.history.pushState({ pluis: 'ahead' }, '', address.current);
      }
      // The entry may still carry the address of a language used before.
      window.history.replaceState(window.history.state, '', address.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor]);

  // After every screen: an entry ahead exactly while there is somewhere to go back to.
  useEffect(() => {
    if (leftByQuickExit() || ownStepBack) return;
    const ahead = onEntryAhead();
    if (canGoBack && !ahead) window.history.pushState({ pluis: 'ahead' }, '', address.current);
    else if (!canGoBack && ahead) stepBackOurselves();
  }, [canGoBack, screen]);

  // A new language only renames the address.
  useEffect(() => {
    window.history.replaceState(window.history.state, '', addressOf(language));
  }, [language]);
}

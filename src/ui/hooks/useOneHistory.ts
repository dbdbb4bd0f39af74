import { useEffect, useLayoutEffect, useRef } from 'react';
import { AHEAD, FIRST, historyStep, onEntryAhead } from '../../early/oneHistory.ts';
import type { Language } from '../../i18n/languages.ts';
import { addressOf } from '../../i18n/language.ts';
import { leftByQuickExit } from '../lib/quickExit.ts';
import { FlowActor } from './flowActor.ts';

type Actor = ReturnType<typeof FlowActor.useActorRef>;
const BACK = { type: 'BACK' } as const;

// A history.back() of our own is on its way: its popstate is not the user going back.
let ownStepBack = false;
function stepBackOurselves() {
  ownStepBack = true;
  window.history.back();
}

/** The history as the rule wants it for this screen (src/early/oneHistory.ts). */
function follow(ahead: boolean, canGoBack: boolean, address: string) {
  const move = historyStep(ahead, canGoBack);
  if (move === 'push') window.history.pushState(AHEAD, '', address);
  else if (move === 'back') stepBackOurselves();
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
 * One visit, at most two history entries, and Back handled inside them (src/early/oneHistory.ts): the first
 * entry, and one entry "ahead" of it while the machine has somewhere to go back to. Back (the browser's, or
 * the in-app one) lands on the first entry; the app sends BACK to the machine and, if there is still
 * somewhere to go back to, puts the entry ahead back (in the place of the one just left, so the number of
 * entries stays the same). On the first question there is no entry ahead, so Back leaves the site as it
 * would anywhere. Both entries have the one address of the language and name no screen; the screens and
 * the answers stay in the machine, their one owner. Quick exit steps back onto the first entry and replaces
 * it (src/ui/lib/quickExit.ts), so that nothing of the check is left behind the neutral page. This is the
 * page's one `popstate` listener once the app runs (the early walker's stops when the app takes over).
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
    window.history.replaceState(onEntryAhead() ? window.history.state : FIRST, '', address.current);
    const onPop = () => {
      if (leftByQuickExit()) return;
      const own = ownStepBack;
      ownStepBack = false;
      const ahead = onEntryAhead();
      // Back onto the first entry, by the user: Back in the check (the screen that follows puts the entry
      // ahead back, below). Forward onto the entry ahead, or our own step back: just the rule.
      if (!ahead && !own && actor.getSnapshot().can(BACK)) actor.send(BACK);
      else follow(ahead, actor.getSnapshot().can(BACK), address.current);
      // The entry may still carry the address of a language used before.
      window.history.replaceState(window.history.state, '', address.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor]);

  // After every screen: an entry ahead exactly while there is somewhere to go back to.
  useEffect(() => {
    if (leftByQuickExit() || ownStepBack) return;
    follow(onEntryAhead(), canGoBack, address.current);
  }, [canGoBack, screen]);

  // A new language only renames the address.
  useEffect(() => {
    window.history.replaceState(window.history.state, '', addressOf(language));
  }, [language]);
}

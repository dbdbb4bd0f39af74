import { ANNOUNCER, type Announcer } from '../../early/announcerRegion.ts';

/** Time between two messages: a second one in the same moment is lost, or cuts the first one off. */
export const SAY_GAP_MS = 1000;
/**
 * How long a message waits at least: a live region must have been on the page (in the browser's
 * accessibility tree) before its text changes to be heard, and news that is over this soon ("loading",
 * then "loaded" 50 ms later) is not worth saying at all.
 */
export const SAY_AFTER_MS = 150;

type Turn = { say: () => void; notBefore: number };
const queue: Turn[] = [];
let lastSaid = -Infinity;
let timer: ReturnType<typeof setTimeout> | undefined;

function next() {
  timer = undefined;
  const turn = queue[0];
  if (!turn) return;
  const now = performance.now();
  // The early walker may have spoken just before the app arrived (src/early/walker.ts).
  const early = document.querySelector<Announcer>(ANNOUNCER)?.saidAt ?? -Infinity;
  const at = Math.max(turn.notBefore, Math.max(lastSaid, early) + SAY_GAP_MS);
  if (now < at) {
    timer = setTimeout(next, at - now);
    return;
  }
  queue.shift();
  lastSaid = now;
  turn.say();
  next();
}

/**
 * One voice for the whole page: `say` (which puts words into a live region) runs when it is the message's
 * turn, never in the same moment as another message, whichever region says it. Returns a cancel: news that
 * is over before its turn (a list that arrived) is dropped. Silence (emptying a region) needs no turn.
 */
export function inTurn(say: () => void): () => void {
  const turn = { say, notBefore: performance.now() + SAY_AFTER_MS };
  queue.push(turn);
  if (timer === undefined) next();
  return () => {
    const index = queue.indexOf(turn);
    if (index >= 0) queue.splice(index, 1);
  };
}

// Outside React's screens, for news that outlives the element it is about: "the advice has loaded" is said
// when the "loading" block has just gone. The page has it from the start (src/early/announcerRegion.ts);
// a page without it (a component test) gets one.
function region(): HTMLElement {
  let element = document.querySelector<HTMLElement>(ANNOUNCER);
  if (!element) {
    element = document.createElement('p');
    element.setAttribute('data-announcer', '');
    element.setAttribute('role', 'status');
    element.className = 'visually-hidden';
    document.body.append(element);
  }
  return element;
}

/** Makes sure the region is on the page well before its first message (see SAY_AFTER_MS). */
export const prepareAnnouncer = () => void region();

/**
 * Says `text` in `lang` through the page's region, in turn; returns a cancel. Words the region says already
 * are not said again: the early walker may have said them before the app arrived.
 */
export function announce(text: string, lang: string): () => void {
  const element = region();
  if (element.textContent === text && element.lang === lang) return () => undefined;
  return inTurn(() => {
    element.lang = lang;
    element.textContent = text;
  });
}

/** What the region carries in `language` for the early walker (data-uk…), if anything. */
export const carriedWords = (language: string): string | undefined => region().dataset[language];

import { ACUTE, RESULT, keepValid, municipalityQuestion, nextStep, previousStep, questionById, type Routing } from '../engine/rules.ts';
import type { Language } from '../i18n/languages.ts';
import { PAGE_WORDS_ID } from '../i18n/wordFiles.ts';
import { municipalityBoxView } from '../views/municipalityBoxView.ts';
import { questionView, titleOf } from '../views/questionView.ts';
import type { Words } from '../views/element.ts';
import { questions } from 'virtual:walker-flow';
import { startEarlyFetches } from './earlyFetches.ts';
import type { EarlyEvent, EarlyHandover } from './handover.ts';
import { html } from './html.ts';
import { AHEAD, FIRST, historyStep, onEntryAhead } from './oneHistory.ts';
import { wordsOf, type WordTree } from './words.ts';
import { spokenText } from '../i18n/taggedText.ts';
import { isSecondTap, type Tap } from './secondTap.ts';
import { ANNOUNCER, type Announcer } from './announcerRegion.ts';

// The early walker: inlined into each language page (scripts/walker.ts), it answers the questions before
// the app's script has arrived, with the engine's own rules, the page's words and the app's own view of a
// question (src/views/), so that the app takes over (hydrates) what it drew. It keeps the history the app
// keeps (oneHistory.ts), the one-tap-one-answer guard (src/ui/hooks/useTapGuard.ts) and the focus on each new
// heading (src/ui/hooks/useScreen.ts); the municipality question waits for the app, saying so, and keeps what
// is typed. Everything the person does is logged, in order, as the check's own events (handover.ts): the app
// starts from that log (takeOver.ts). Memory only: nothing is stored.

const root = document.getElementById('root');
/** When the browser has nothing else to do, within half a second (Safari cannot tell: in a task of its own, soon). */
const whenIdle = (work: () => void) => ('requestIdleCallback' in self ? requestIdleCallback(work, { timeout: 500 }) : setTimeout(work));
const language = root?.dataset.prerendered;
const flow: Routing = { questions, regions: [] };
const municipality = municipalityQuestion(flow);
const announcer = document.querySelector<Announcer>(ANNOUNCER);
/** A language link tapped again this soon after it was held is still the same tap. */
const FOLLOW_AFTER_MS = 1000;

function start(tree: WordTree) {
  const handover: EarlyHandover = (window.__pluisEarly = { log: [], fetched: {} });
  const log = (event: EarlyEvent) => handover.log.push(event);
  const words: Words = { t: (key, values) => wordsOf(tree, key, values) ?? '', has: (key) => wordsOf(tree, key) !== undefined };
  let answers = {};
  let step = flow.questions[0].id;
  let shownAt = -Infinity;
  let lastTaken: Tap | undefined;
  let pressedAt = -Infinity;
  // A wait is heard once, in the language it is about (the page's, or the one tapped).
  const say = (text = '', lang = language!) => {
    if (announcer) {
      announcer.lang = lang;
      announcer.textContent = text;
      announcer.saidAt = performance.now();
    }
  };

  const show = (next: string) => {
    const question = questionById(flow, next);
    const section = root!.querySelector('[data-question]');
    if (!question || !section) return;
    step = next;
    // The municipality box as the app draws it while its list loads: the app takes it over with what is typed.
    const loading = words.t('ui.municipality.loading');
    const box =
      question === municipality &&
      municipalityBoxView(html, { words, query: '', shown: [], status: loading, loading: true, failed: false });
    section.outerHTML = questionView(html, { flow, question, answers, words, box }).html;
    document.title = spokenText(words.t('ui.pageTitle', { title: titleOf(flow, question, answers, words) })) || document.title;
    // A new screen starts at the top, with Back in view (not under the sticky header), then its heading takes focus.
    scrollTo(0, 0);
    root!.querySelector<HTMLElement>('#question-heading')?.focus({ preventScroll: true });
    // Drawn with the box, its status is not heard: said here, after the heading.
    if (box) say(loading);
    shownAt = performance.now();
    const move = historyStep(onEntryAhead(), next !== flow.questions[0].id);
    if (move === 'push') {
      history.replaceState(FIRST, '');
      history.pushState(AHEAD, '');
    } else if (move === 'back') history.back();
  };

  // A tap whose screen is the app's (the acute screen, the result, the safety page): kept for it, marked busy
  // (an answer busy looks chosen, styles.css) and said to be on its way.
  const waitForApp = (element: Element, event: EarlyEvent) => {
    log(event);
    element.setAttribute('aria-busy', 'true');
    say(words.t('ui.pageLoading'));
  };

  const answer = (button: Element, hook: string) => {
    const [question, option] = hook.split(/:(.*)/s);
    if (question !== step) return;
    const given = keepValid(flow, { ...answers, [question]: option });
    const isAcute = questionById(flow, question)?.options.find((o) => o.id === option)?.acute;
    const next = isAcute ? ACUTE : nextStep(flow, given);
    // The check is under way: what its later screens need starts loading, as the app would, once this tap's
    // screen is painted and the browser is idle (starting a fetch took the slow phone's main thread about 18 ms
    // each, at 4× CPU).
    whenIdle(() => taken() || startEarlyFetches(handover));
    if (next === ACUTE || next === RESULT) return waitForApp(button, { type: 'ANSWER', question, option });
    log({ type: 'ANSWER', question, option });
    answers = given;
    show(next);
  };

  const goBack = () => {
    const back = previousStep(flow, answers, step);
    if (!back) return;
    log({ type: 'BACK' });
    show(back);
  };

  // The language asked for (undefined: none after all), the link marked, and the wait said in that language
  // (the page carries those words for each other language, announcerRegion.ts).
  let heldAt = -Infinity;
  const holdLanguage = (link: Element, chosen: string | undefined) => {
    root!.querySelectorAll('a[data-lang][aria-busy]').forEach((other) => other.removeAttribute('aria-busy'));
    say(chosen && announcer?.dataset[chosen], chosen);
    log({ type: 'LANGUAGE', language: (chosen ?? language) as Language });
    if (!chosen) return;
    link.setAttribute('aria-busy', 'true');
    heldAt = performance.now();
  };

  // Once the app has taken the handover, the walker does nothing more.
  const taken = () => window.__pluisEarly !== handover;

  document.addEventListener('pointerdown', (event) => (pressedAt = event.timeStamp), true);
  root!.addEventListener(
    'click',
    (event) => {
      if (taken()) return;
      const target = event.target as Element;
      // The safety page needs the app: asked for now, it opens once the app is there.
      const safety = target.closest('[data-safety]');
      if (safety) return waitForApp(safety, { type: 'SAFETY' });
      // Another language needs the app, which has every language's words: asked for while there is something
      // to keep (answers, or a tap or the safety page waiting for the app), it switches in place once the app is
      // there, and the language links' status says so meanwhile. A tap on the link again, a moment later,
      // follows it afresh: a page whose app never comes still changes language. The second click of a double
      // tap is part of the first; a click for a new tab is the browser's.
      const link = target.closest('a[data-lang]');
      if (link) {
        const chosen = link.getAttribute('data-lang')!;
        const mouse = event as MouseEvent;
        if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey) return;
        const held = link.hasAttribute('aria-busy');
        if (chosen === language || event.detail > 1 || (held && performance.now() - heldAt < FOLLOW_AFTER_MS)) {
          event.preventDefault();
          if (chosen === language && root!.querySelector('a[data-lang][aria-busy]')) holdLanguage(link, undefined);
          return;
        }
        if (held || !handover.log.length) return;
        event.preventDefault();
        holdLanguage(link, chosen);
        return;
      }
      if (!target.closest('main')) return;
      const { clientX: x, clientY: y, pointerType } = event as PointerEvent;
      const tap = pointerType === 'touch' ? { at: event.timeStamp, x, y } : undefined;
      if (event.detail > 1 || (event.detail === 1 && (pressedAt < shownAt || (tap && isSecondTap(lastTaken, tap, shownAt))))) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (tap) lastTaken = tap;
      const option = target.closest('[data-option]');
      if (option) return answer(option, option.getAttribute('data-option')!);
      // The in-app Back is the browser's Back.
      if (target.closest('[data-back]')) return onEntryAhead() ? history.back() : goBack();
    },
    true,
  );
  addEventListener('popstate', () => {
    // Not once the app runs, nor while quick exit leaves (it emptied the page and steps back first).
    if (taken() || !root!.isConnected) return;
    if (onEntryAhead()) {
      if (historyStep(true, step !== flow.questions[0].id) === 'back') history.back();
      return;
    }
    goBack();
  });
  // Drawn once, to no screen, while the person reads the first question: the first tap then finds the flow's
  // tables made and the code that draws a question compiled.
  whenIdle(() => questionView(html, { flow, question: questionById(flow, step)!, answers, words }));
  root!.addEventListener('input', (event) => {
    const box = event.target as HTMLInputElement;
    if (taken() || box.getAttribute('role') !== 'combobox') return;
    // Only the last of what is typed counts.
    const last = handover.log.at(-1);
    if (last?.type === 'TYPE') last.query = box.value;
    else log({ type: 'TYPE', query: box.value });
  });
}

const data = document.getElementById(PAGE_WORDS_ID)?.textContent;
const tree = language && data ? (JSON.parse(data) as Record<string, WordTree>)[language] : undefined;
if (tree && root) start(tree);

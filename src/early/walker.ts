import { ACUTE, RESULT, keepValid, municipalityQuestion, nextStep, previousStep, questionById, type Routing } from '../engine/rules.ts';
import { startEarlyFetches } from '../load/earlyFetches.ts';
import { PAGE_WORDS_ID } from '../i18n/wordFiles.ts';
import { questions } from 'virtual:walker-flow';
import type { EarlyWalk, EarlyWindow } from './handover.ts';
import { escaped, questionMarkup, titleOf } from './questionMarkup.ts';
import { wordsOf, type Words } from './words.ts';

// The early walker: inlined into each language page (scripts/walkerPlugin.ts), it answers the questions
// before the app's script has arrived, with the engine's own rules and the page's words, in the markup the
// app hydrates. It keeps the history the app keeps (src/ui/hooks/useOneHistory.ts), the one-tap-one-answer guard
// (src/ui/hooks/useTapGuard.ts) and the focus on each new heading (src/ui/hooks/useScreen.ts); the municipality
// question waits for the app, saying so, and keeps what is typed. The app takes over from the walk
// (src/ui/earlyWalk.ts). Memory only: nothing is stored.

const page = window as EarlyWindow;
const root = document.getElementById('root');
const language = root?.dataset.prerendered;
const flow: Routing = { questions, regions: [] };
const municipality = municipalityQuestion(flow);
const BOX = 'early-municipality';
/** A language link tapped again this soon after it was held is still the same tap. */
const FOLLOW_AFTER_MS = 1000;

function start(words: Words) {
  const walk: EarlyWalk = (page.__pluisWalk = { answers: {}, step: flow.questions[0].id, query: '', queryFocused: false });
  let shownAt = -Infinity;
  let pressedAt = -Infinity;
  const ahead = () => (history.state as { pluis?: unknown } | null)?.pluis === 'ahead';

  const show = (step: string) => {
    const question = questionById(flow, step);
    const section = root!.querySelector('[data-question]');
    if (!question || !section) return;
    walk.step = step;
    const inside =
      question === municipality
        ? `<div class="combobox"><label for="${BOX}" class="label">${escape('ui.municipality.label')}</label>` +
          `<p id="${BOX}-hint" class="hint">${escape('ui.municipality.hint')}</p>` +
          `<input id="${BOX}" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" aria-describedby="${BOX}-hint">` +
          `<p role="status" class="status">${escape('ui.municipality.loading')}</p><p class="or">${escape('ui.municipality.or')}</p></div>`
        : '';
    section.outerHTML = questionMarkup(flow, question, walk.answers, words, inside);
    document.title = wordsOf(words, 'ui.pageTitle', { title: titleOf(flow, question, walk.answers, words) }) ?? document.title;
    root!.querySelector<HTMLElement>('#question-heading')?.focus();
    shownAt = performance.now();
    // An entry ahead of the first exactly while there is somewhere to go back to.
    const canGoBack = step !== flow.questions[0].id;
    if (canGoBack && !ahead()) {
      history.replaceState({ pluis: 'first' }, '');
      history.pushState({ pluis: 'ahead' }, '');
    } else if (!canGoBack && ahead()) history.back();
  };
  const escape = (key: string) => escaped(wordsOf(words, key) ?? '');

  const answer = (button: Element, hook: string) => {
    const [question, option] = hook.split(/:(.*)/s);
    if (question !== walk.step) return;
    const answers = keepValid(flow, { ...walk.answers, [question]: option });
    const isAcute = questionById(flow, question)?.options.find((o) => o.id === option)?.acute;
    const next = isAcute ? ACUTE : nextStep(flow, answers);
    // The check is under way: what its later screens need starts loading now, as the app would.
    startEarlyFetches();
    if (next !== ACUTE && next !== RESULT) {
      walk.answers = answers;
      return show(next);
    }
    // The acute screen and the result need the app: the tap waits for it (src/ui/hooks/useEarlyTap.ts).
    page.__pluisTap = hook;
    root!.querySelectorAll('[data-option].chosen').forEach((chosen) => chosen.classList.remove('chosen'));
    button.classList.add('chosen');
    button.setAttribute('aria-busy', 'true');
  };

  const goBack = () => {
    const back = previousStep(flow, walk.answers, walk.step);
    if (back) show(back);
  };

  // The language asked for (undefined: none after all), the link marked, and the links' status saying so.
  let heldAt = -Infinity;
  const holdLanguage = (link: Element, chosen: string | undefined) => {
    const links = link.closest('nav');
    links?.querySelectorAll('a[data-lang][aria-busy]').forEach((other) => other.removeAttribute('aria-busy'));
    const status = links?.querySelector('[role="status"]');
    if (status) status.textContent = chosen ? (wordsOf(words, 'ui.languageWaiting') ?? '') : '';
    if (!chosen) {
      delete page.__pluisLanguage;
      return;
    }
    page.__pluisLanguage = chosen;
    link.setAttribute('aria-busy', 'true');
    heldAt = performance.now();
  };

  document.addEventListener('pointerdown', (event) => (pressedAt = event.timeStamp), true);
  root!.addEventListener(
    'click',
    (event) => {
      if (page.__pluisReady) return;
      const target = event.target as Element;
      // The safety page needs the app: asked for now, it opens once the app is there.
      const safety = target.closest('[data-safety]');
      if (safety) {
        page.__pluisSafety = true;
        safety.setAttribute('aria-busy', 'true');
        return;
      }
      // Another language needs the app, which has every language's words: asked for while there is something
      // to keep (answers, or a tap or the safety page waiting for the app), it switches in place once the app is
      // there (src/ui/components/LanguageSwitch.tsx), and the language links' status says so meanwhile. A tap
      // on the link again, a moment later, follows it afresh: a page whose app never comes still changes
      // language. The second click of a double tap is part of the first; a click for a new tab is the browser's.
      const link = target.closest('a[data-lang]');
      if (link) {
        const chosen = link.getAttribute('data-lang')!;
        const mouse = event as MouseEvent;
        if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey) return;
        const held = link.hasAttribute('aria-busy');
        if (chosen === language || event.detail > 1 || (held && performance.now() - heldAt < FOLLOW_AFTER_MS)) {
          event.preventDefault();
          if (chosen === language) holdLanguage(link, undefined);
          return;
        }
        if (held || !(Object.keys(walk.answers).length || page.__pluisTap || page.__pluisSafety)) return;
        event.preventDefault();
        holdLanguage(link, chosen);
        return;
      }
      if (!target.closest('main')) return;
      if (event.detail > 1 || (event.detail === 1 && pressedAt < shownAt)) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      const option = target.closest('[data-option]');
      if (option) return answer(option, option.getAttribute('data-option')!);
      // The in-app Back is the browser's Back.
      if (target.closest('[data-back]')) return ahead() ? history.back() : goBack();
    },
    true,
  );
  addEventListener('popstate', () => {
    // Not once the app runs, nor while quick exit leaves (it emptied the page and steps back first).
    if (page.__pluisReady || !root!.isConnected) return;
    if (ahead()) {
      if (walk.step === flow.questions[0].id) history.back();
      return;
    }
    goBack();
  });
  root!.addEventListener('input', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.id === BOX) walk.query = box.value;
  });
  root!.addEventListener('focusin', (event) => (walk.queryFocused = (event.target as Element).id === BOX));
  root!.addEventListener('focusout', () => (walk.queryFocused = false));
}

const data = document.getElementById(PAGE_WORDS_ID)?.textContent;
const words = language && data ? (JSON.parse(data) as Record<string, Words>)[language] : undefined;
if (words && root) start(words);

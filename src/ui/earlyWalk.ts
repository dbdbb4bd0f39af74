import type { EarlyWalk, EarlyWindow } from '../early/handover.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { municipalityQuestion } from '../engine/rules.ts';
import { flow } from '../engine/shippedFlow.ts';
import { replayed } from './replay.ts';

let handedOver: EarlyWalk | undefined;

/**
 * Stops the early walker (src/early/walker.ts) and takes its walk: the answers given before the app
 * arrived and the question on show, as the machine's state to start from (undefined: start at the first
 * question). A walk the machine cannot replay is reported and dropped: the check starts afresh.
 */
export function takeOverEarlyWalk() {
  const page = window as EarlyWindow;
  page.__pluisReady = true;
  // The language links' status may say that a language waits for the app: the app says what happens from
  // here, and takes the links over as drawn (an empty status).
  const status = document.querySelector('a[data-lang]')?.closest('nav')?.querySelector('[role="status"]');
  if (status) status.textContent = '';
  const walk = page.__pluisWalk;
  if (!walk || (walk.step === flow.questions[0].id && !Object.keys(walk.answers).length)) return undefined;
  try {
    const snapshot = replayed(walk.answers, walk.step);
    handedOver = { ...walk, answers: { ...walk.answers } };
    return { snapshot, step: walk.step };
  } catch (error) {
    console.error(error);
    return undefined;
  }
}

/**
 * What was typed in the walker's municipality box while it waited for the app, and whether the box had
 * focus: the app's box starts with both (src/ui/components/MunicipalitySearch.tsx).
 */
export function earlyQuery(): { query: string; focused: boolean } {
  if (!handedOver || !walkWaitedForMunicipality()) return { query: '', focused: false };
  return { query: handedOver.query, focused: handedOver.queryFocused };
}

/** The box has taken what was typed early: a later visit to the question starts empty. */
export function forgetEarlyQuery() {
  if (handedOver) handedOver = { ...handedOver, query: '', queryFocused: false };
}

/** Whether the walker was waiting on the municipality question: its box is not the app's, so the app draws that screen afresh. */
export function walkWaitedForMunicipality() {
  return handedOver !== undefined && handedOver.step === municipalityQuestion(flow)?.id;
}

/**
 * The language asked for before the app arrived (the walker kept the tap on its link, src/early/walker.ts),
 * once: the language links then switch to it in place, keeping the answers.
 */
export function takeEarlyLanguage(): Language | undefined {
  const page = window as EarlyWindow;
  const asked = page.__pluisLanguage;
  delete page.__pluisLanguage;
  document.querySelectorAll('a[data-lang][aria-busy]').forEach((link) => link.removeAttribute('aria-busy'));
  return asked && isLanguage(asked) ? asked : undefined;
}

/**
 * What the walker kept for the app, once: a tap whose answer needs the app (the acute screen, the result)
 * and whether the safety page was asked for (src/ui/hooks/useEarlyTap.ts carries them out).
 */
export function takeEarlyTap(): { answer?: { question: string; option: string }; safety: boolean } {
  const page = window as EarlyWindow;
  const tap = page.__pluisTap;
  const safety = Boolean(page.__pluisSafety);
  delete page.__pluisTap;
  delete page.__pluisSafety;
  document
    .querySelectorAll('[data-option][aria-busy], [data-safety][aria-busy]')
    .forEach((element) => element.removeAttribute('aria-busy'));
  if (!tap) return { safety };
  const [question, option] = tap.split(/:(.*)/s);
  return { answer: { question, option }, safety };
}

import { questionsLeft } from '../engine/questionsLeft.ts';
import { askedQuestions, offeredOptions, variantOf, type Routing } from '../engine/rules.ts';
import type { Answers, Question } from '../engine/schema.ts';
import { optionHintKey, optionHook, optionKey, questionKey, questionLeadKey } from '../i18n/keys.ts';
import { wordsOf, type Words } from './words.ts';

// The question screen as HTML, character for character what React renders for it (src/ui/screens/
// QuestionScreen.tsx with Progress and BackButton), so that the app hydrates what the early walker drew
// without redrawing it: tests/earlyWalker.test.tsx compares the two for every screen the walker can show.
// `<!-- -->` is how React separates two pieces of text that stand side by side.

/** Text made safe for HTML, as React writes it. */
export const escaped = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!);

/** "Question 3 of 6 to 7", as src/ui/hooks/useProgress.ts counts it. */
export function progressOf(flow: Routing, answers: Answers, question: string, words: Words) {
  const current = askedQuestions(flow, answers).findIndex((q) => q.id === question) + 1;
  const left = questionsLeft(flow, answers, question);
  const [min, max] = [current + left.min, current + left.max];
  const text =
    min === max ? wordsOf(words, 'ui.progress', { current, total: max }) : wordsOf(words, 'ui.progressRange', { current, min, max });
  return { current, max, text: text ?? '' };
}

/** The question's heading as the screen shows it (also the page's title). */
export const titleOf = (flow: Routing, question: Question, answers: Answers, words: Words) =>
  wordsOf(words, questionKey(question.id, variantOf(flow, question, answers))) ?? '';

/** The `<section data-question>` of `question` for these answers, with `inside` before its options (the municipality box). */
export function questionMarkup(flow: Routing, question: Question, answers: Answers, words: Words, inside = ''): string {
  const t = (key: string) => escaped(wordsOf(words, key) ?? '');
  const isFirst = flow.questions[0].id === question.id;
  const progress = progressOf(flow, answers, question.id, words);
  const lead = wordsOf(words, questionLeadKey(question.id));
  const options = offeredOptions(flow, question, answers).map((option) => {
    const hint = wordsOf(words, optionHintKey(question.id, option.id));
    const chosen = answers[question.id] === option.id;
    const ids = `option-${question.id}-${option.id}`;
    return (
      `<li><button type="button" class="${chosen ? 'option chosen' : 'option'}" data-option="${escaped(optionHook(question.id, option.id))}"` +
      (hint !== undefined ? ` aria-labelledby="${ids}-label" aria-describedby="${ids}-hint"` : '') +
      `><span class="option-label" id="${ids}-label">${t(optionKey(question.id, option.id))}` +
      (chosen ? `<span class="visually-hidden"> (<!-- -->${t('ui.currentAnswer')}<!-- -->)</span>` : '') +
      `</span>` +
      (hint !== undefined ? `<span class="option-hint" id="${ids}-hint">${escaped(hint)}</span>` : '') +
      `</button></li>`
    );
  });
  const text = escaped(progress.text);
  return (
    `<section data-question="${escaped(question.id)}">` +
    (isFirst ? '' : `<button type="button" class="back" data-back="true"><span aria-hidden="true">‹ </span>${t('ui.back')}</button>`) +
    `<p class="progress" aria-hidden="true"><progress max="${progress.max}" value="${progress.current}"></progress><span>${text}</span></p>` +
    `<h1 id="question-heading" tabindex="-1">${escaped(titleOf(flow, question, answers, words))}<!-- --> <span class="visually-hidden">(<!-- -->${text}<!-- -->)</span></h1>` +
    (isFirst ? `<p class="lead">${t('ui.intro')}</p>` : '') +
    (lead !== undefined ? `<p class="lead">${escaped(lead)}</p>` : '') +
    inside +
    `<ul class="options" role="list">${options.join('')}</ul></section>`
  );
}

import { progressOf } from '../engine/progress.ts';
import { offeredOptions, variantOf, type Routing } from '../engine/rules.ts';
import type { Answers, Question } from '../engine/schema.ts';
import { optionHintKey, optionHook, optionLabelKey, questionKey, questionLeadKey } from '../i18n/keys.ts';
import { taggedView } from './taggedView.ts';
import { backView } from './backView.ts';
import type { Child, Element, Words } from './element.ts';
import { progressView } from './progressView.ts';

export type QuestionScreen<N> = {
  flow: Routing;
  question: Question;
  answers: Answers;
  words: Words;
  /** Drawn before the options: the municipality's search box (municipalityBoxView.ts). */
  box?: Child<N>;
  /** The app's: focus moves to the heading (src/ui/hooks/useScreen.ts), options answer, Back goes back. */
  headingRef?: unknown;
  onAnswer?: (option: string) => void;
  onBack?: () => void;
};

/** The question's heading as the screen shows it (also the page's title). */
export const titleOf = (flow: Routing, question: Question, answers: Answers, { t }: Words) =>
  t(questionKey(question.id, variantOf(flow, question, answers)));

/** "Question 3 of 6 to 7", seen above the heading and heard with it. */
export function progressText(flow: Routing, question: Question, answers: Answers, { t }: Words) {
  const { current, min, max } = progressOf(flow, answers, question.id);
  const text = min === max ? t('ui.progress', { current, total: max }) : t('ui.progressRange', { current, min, max });
  return { current, max, text };
}

/**
 * One question, one tap: each option is a full-width button that answers at once. Drawn by the app
 * (src/ui/screens/QuestionScreen.tsx) and, before it has arrived, by the early walker (src/early/walker.ts).
 * No name on the section: a region named after its own heading made every question heard twice.
 */
export function questionView<N>(h: Element<N>, screen: QuestionScreen<N>): N {
  const { flow, question, answers, words, box, headingRef, onAnswer, onBack } = screen;
  const { t, has } = words;
  const isFirst = flow.questions[0].id === question.id;
  const variant = variantOf(flow, question, answers);
  const progress = progressText(flow, question, answers, words);
  const lead = questionLeadKey(question.id);
  return h(
    'section',
    { 'data-question': question.id },
    !isFirst && backView(h, { label: t('ui.back'), onBack }),
    progressView(h, progress),
    // The progress is part of the heading's name, so that it is heard when focus lands here.
    h(
      'h1',
      { id: 'question-heading', ref: headingRef, tabIndex: -1 },
      taggedView(h, titleOf(flow, question, answers, words)),
      ' ',
      h('span', { className: 'visually-hidden' }, '(', progress.text, ')'),
    ),
    isFirst && h('p', { className: 'lead' }, taggedView(h, t('ui.intro'))),
    has(lead) && h('p', { className: 'lead' }, taggedView(h, t(lead))),
    box,
    h(
      'ul',
      { className: 'options', role: 'list' },
      offeredOptions(flow, question, answers).map((option) => {
        const hint = optionHintKey(question.id, option.id);
        const hasHint = has(hint);
        const chosen = answers[question.id] === option.id;
        const ids = `option-${question.id}-${option.id}`;
        // The hint is the button's description, not part of its name: heard after a pause, as its own sentence.
        return h(
          'li',
          { key: option.id },
          h(
            'button',
            {
              type: 'button',
              className: chosen ? 'option chosen' : 'option',
              'data-option': optionHook(question.id, option.id),
              'aria-labelledby': hasHint ? `${ids}-label` : undefined,
              'aria-describedby': hasHint ? `${ids}-hint` : undefined,
              onClick: onAnswer && (() => onAnswer(option.id)),
            },
            h(
              'span',
              { className: 'option-label', id: `${ids}-label` },
              taggedView(h, t(optionLabelKey(question.id, option.id, variant, has))),
              chosen && h('span', { className: 'visually-hidden current-answer' }, ' (', t('ui.currentAnswer'), ')'),
            ),
            hasHint && h('span', { className: 'option-hint', id: `${ids}-hint` }, taggedView(h, t(hint))),
          ),
        );
      }),
    ),
  );
}

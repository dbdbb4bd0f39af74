import { variantOf } from '../engine/rules.ts';
import type { Answers, Question } from '../engine/schema.ts';
import type { Words } from '../views/element.ts';
import { municipalityBoxView } from '../views/municipalityBoxView.ts';
import { questionView } from '../views/questionView.ts';
import { answerLabel } from './answerLabel.ts';
import type { ExplainContext } from './explainContext.ts';
import type { ExplainLine } from './explainLine.ts';
import { textElement } from './textElement.ts';
import { viewLines } from './viewLines.ts';

/**
 * One question's screen as the app draws it, from the same view (src/views/questionView.ts): the progress, the
 * question in its wording for this reader, the intro (first question) and lead, the municipality box with the
 * municipality answered, every option offered in its wording with its hint, the answer given marked (•).
 */
export function explainQuestion(question: Question, answers: Answers, context: ExplainContext): ExplainLine[] {
  const { flow, t, has } = context;
  const words: Words = { t: (key, values) => t(key, values), has };
  const answer = answers[question.id];
  // A municipality is answered from the search: the box shows its name, as when the reader comes back to it.
  const named = answer !== undefined && !question.options.some((o) => o.id === answer);
  const box =
    question.input === 'municipality'
      ? municipalityBoxView(textElement, {
          words,
          query: named ? answerLabel(question, answer, answers, context) : '',
          shown: [],
          status: '',
          loading: false,
          failed: false,
        })
      : undefined;
  const variant = variantOf(flow, question, answers);
  return viewLines(questionView(textElement, { flow, question, answers, words, box })).map((line) =>
    line.heading === 1 ? { ...line, hook: `question:${question.id}`, id: variant ? `${question.id}@${variant}` : question.id } : line,
  );
}

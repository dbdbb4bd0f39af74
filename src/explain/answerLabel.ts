import { variantOf } from '../engine/rules.ts';
import type { Answers, Question } from '../engine/schema.ts';
import { optionLabelKey } from '../i18n/keys.ts';
import type { ExplainContext } from './explainContext.ts';

/**
 * An answer in the words the app shows it with (AnswersList, QuestionScreen): the option in the wording of
 * the question for these answers ("I'd rather not say" for oneself), a municipality by its CBS name.
 */
export function answerLabel(question: Question, answer: string, answers: Answers, { flow, t, has, municipalities }: ExplainContext) {
  if (question.options.some((o) => o.id === answer)) return t(optionLabelKey(question.id, answer, variantOf(flow, question, answers), has));
  return municipalities.find(([code]) => code === answer)?.[1] ?? answer;
}

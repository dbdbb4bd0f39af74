import { askedQuestions, isAsked, keepValid, nextStep, RESULT } from '../engine/rules.ts';
import type { Answers } from '../engine/schema.ts';
import { questionShortKey } from '../i18n/keys.ts';
import { answerLabel } from './answerLabel.ts';
import { explainAcute } from './explainAcute.ts';
import type { ExplainContext } from './explainContext.ts';
import { blank, type ExplainLine } from './explainLine.ts';
import { explainQuestion } from './explainQuestion.ts';

/**
 * The questions as the reader meets them, in order, and the acute screen where an answer opens it. An answer
 * that no longer applies (its question not asked, or its option not offered, given the answers before it) is
 * named where its question stands, as the app drops it; where the answers stop short, the last screen is the
 * next question, and the answers kept for the questions after it are named.
 */
export function explainQuestions(given: Answers, context: ExplainContext): ExplainLine[] {
  const { flow, t, frame } = context;
  const kept = keepValid(flow, given);
  const asked = askedQuestions(flow, kept);
  const lines: ExplainLine[] = [];
  for (const question of flow.questions) {
    const answer = given[question.id];
    if (answer !== undefined && kept[question.id] === undefined) {
      const why = isAsked(flow, question, kept) ? 'notOffered' : 'notAsked';
      const named = { question: t(questionShortKey(question.id)), answer: answerLabel(question, answer, kept, context) };
      lines.push({ words: [], before: frame(why, named) }, blank);
    }
    if (!asked.includes(question)) continue;
    if (kept[question.id] === undefined && nextStep(flow, kept) !== RESULT) lines.push({ words: [], before: frame('next') });
    lines.push(...explainQuestion(question, kept, context), blank);
    if (question.options.find((o) => o.id === kept[question.id])?.acute) {
      lines.push({ words: [], before: frame('acute') }, ...explainAcute(context), blank);
    }
  }
  const next = asked.at(-1);
  if (next && kept[next.id] === undefined) {
    const later = flow.questions.slice(flow.questions.indexOf(next) + 1).filter((q) => kept[q.id] !== undefined);
    const named = later.map((q) => `${t(questionShortKey(q.id))}: ${answerLabel(q, kept[q.id]!, kept, context)}`);
    if (named.length) lines.push({ words: [], before: frame('keptForLater', { answers: named.join('; ') }) }, blank);
  }
  return lines;
}

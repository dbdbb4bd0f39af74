import { keepValid, nextStep, RESULT } from '../engine/rules.ts';
import { dateLocale } from '../result/dateLocale.ts';
import { explainContext } from './explainContext.ts';
import type { ExplainInput } from './explainInput.ts';
import { blank, type ExplainLine } from './explainLine.ts';
import { explainQuestions } from './explainQuestions.ts';
import { explainResult } from './explainResult.ts';
import { explainText } from './explainText.ts';

/**
 * One page as its reader gets it, for `npm run flows:explain`: a line on how to read it, the questions with
 * the answers given, then the result (where the answers reach it). Made from the flow as the browser gets it,
 * the app's words and the same composition as the screens (src/result/), never a second one.
 */
export function explainPage({ answers, language, now, municipality }: ExplainInput) {
  const context = explainContext(language, now);
  const { t, frame } = context;
  const moment = new Intl.DateTimeFormat(dateLocale(language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(now);
  const head: ExplainLine[] = [
    { words: [], before: frame('legend', { language: t(`ui.languageName.${language}`) }) },
    { words: [], before: frame('moment', { moment }) },
  ];
  if (municipality) {
    const { query, code, name, alsoFound } = municipality;
    const also = alsoFound.length ? ` ${frame('alsoFound', { names: alsoFound.join(', ') })}` : '';
    head.push({ words: [], before: frame('found', { query, code, name }) + also });
  }
  const kept = keepValid(context.flow, answers);
  const questions = explainQuestions(answers, context);
  const result = nextStep(context.flow, kept) === RESULT ? explainResult(kept, context) : [];
  const lines = [
    ...head,
    blank,
    { words: [], before: `==== ${frame('questions')} ====` },
    blank,
    ...questions,
    ...(result.length ? [{ words: [], before: `==== ${frame('result')} ====` }, blank, ...result] : []),
  ];
  return { questions, result, text: explainText(lines, language) };
}

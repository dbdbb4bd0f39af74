import { askedQuestions } from '../engine/rules.ts';
import type { Answers } from '../engine/schema.ts';
import { questionShortKey } from '../i18n/keys.ts';
import { resultPage } from '../result/resultPage.ts';
import { rightBelowWords } from '../result/rightBelowWords.ts';
import { hoursWords } from '../result/hoursWords.ts';
import { answerLabel } from './answerLabel.ts';
import { explainAdvice } from './explainAdvice.ts';
import { explainCard } from './explainCard.ts';
import type { ExplainContext } from './explainContext.ts';
import { blank, type ExplainLine } from './explainLine.ts';

/**
 * The result in the order ResultScreen shows it (src/result/resultPage.ts holds what each section has): 112
 * with the line for this reader, your first step with its card, the call-list line and the contact right below
 * it, what you can do now, more places to turn, about this concern, your answers, and what the buttons
 * under them say. `answers` are the answers that apply.
 */
export function explainResult(answers: Answers, context: ExplainContext): ExplainLine[] {
  const { flow, t, has, now, language, frame } = context;
  const page = resultPage(flow, answers);
  const firstStep = page.firstStepName ? t(page.firstStepName) : '';
  const lines: ExplainLine[] = [{ heading: 1, words: [t('ui.result.title')] }, blank];

  // The 112 section's heading is for a screen reader only (its line and red button say it): left out here.
  for (const contact of page.urgent) {
    lines.push(
      { words: [t(page.urgentLine)], id: page.urgentLine },
      { before: '▸', words: [t('ui.acute.call')], hook: `contact:${contact.id}` },
      blank,
    );
  }
  if (page.first) {
    lines.push({ heading: 2, words: [t('ui.result.firstStepTitle')] }, ...explainCard(page.first, 3, answers, context));
    if (page.callList) lines.push({ words: [t('ui.result.callList')] });
    if (page.below) {
      const { line, way } = rightBelowWords(page.below.below, page.below.contact, t);
      const reach = !way
        ? []
        : way.kind === 'chat'
          ? [way.text]
          : [way.call, ...(way.hours ? [hoursWords(way.hours, now, t, language).text] : [])];
      lines.push({ before: '→', words: [line, ...reach], hook: `right-below:${page.below.contact.id}` });
    }
    lines.push(blank);
  }
  lines.push({ heading: 2, words: [t('ui.result.actTitle')] });
  for (const advice of page.act) lines.push(...explainAdvice(advice, page.result, firstStep, t, has), blank);
  if (page.more.length) {
    lines.push({ heading: 2, words: [t('ui.result.contactsTitle')] });
    for (const contact of page.more) lines.push(...explainCard(contact, 3, answers, context), blank);
  }
  lines.push({ heading: 2, words: [t('ui.result.aboutTitle')] });
  for (const advice of page.about) lines.push(...explainAdvice(advice, page.result, firstStep, t, has), blank);

  lines.push({ heading: 2, words: [t('ui.result.answersTitle')] });
  for (const question of askedQuestions(flow, answers)) {
    const answer = answerLabel(question, answers[question.id]!, answers, context);
    lines.push({ indent: 1, separator: ': ', words: [t(questionShortKey(question.id)), answer] });
  }
  lines.push(
    blank,
    { before: frame('buttons'), words: [t('ui.result.copy'), t('ui.result.print'), t('ui.result.restart')], separator: ' · ' },
    { words: [t('ui.result.copyNote')] },
    { words: [t('ui.result.printNote')] },
  );
  return lines;
}

import type { TFunction } from 'i18next';
import type { Result } from '../../engine/rules.ts';
import type { Answers, Flow } from '../../engine/schema.ts';
import { optionLabelKey, questionSummaryKey } from '../../i18n/keys.ts';
import { aboutOneself, variantOf } from '../../engine/rules.ts';
import { plainText } from '../../i18n/taggedText.ts';

/**
 * A short, neutral text to read out when calling: the answers the flow marks `inSummary` (what worries me,
 * the age group, the municipality) and the numbers to call. No names, and nothing about who the caller is
 * beyond "about myself" (an option marked `aboutOneself`) and, for a caller who is not Dutch, the language
 * they speak, with the request for an interpreter. Plain text: it goes to the clipboard.
 */
export function summaryText(
  t: TFunction,
  has: (key: string) => boolean,
  flow: Flow,
  answers: Answers,
  result: Result,
  municipalityName: string | undefined,
  spoken: string,
): string {
  const lines = [aboutOneself(flow, answers) ? t('ui.summary.introSelf') : t('ui.summary.intro')];
  if (spoken !== 'nl') lines.push(t('ui.summary.interpreter', { language: t(`ui.summary.spoken.${spoken}`) }));
  for (const question of flow.questions.filter((q) => q.inSummary)) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    // A municipality is answered with a CBS code: its name comes from the list.
    const label = optionLabelKey(question.id, answer, variantOf(flow, question, answers), has);
    const value = question.options.some((o) => o.id === answer) ? t(label) : municipalityName;
    if (value) lines.push(`${t(questionSummaryKey(question.id))}: ${value}`);
  }
  lines.push(t('ui.summary.contacts'));
  for (const id of [...result.urgent, ...result.contacts]) {
    const contact = flow.contacts.find((c) => c.id === id)!;
    const reach = [
      ...contact.phones.map((p) => p.number),
      ...contact.emails.map((e) => e.address),
      ...(contact.website ? [contact.website.url] : []),
    ];
    lines.push(`- ${contact.name}: ${reach.join(', ')}`);
  }
  return plainText(lines.join('\n'));
}

/**
 * The summary for the call: in Dutch only, or, for a user in another language, in Dutch first (for the
 * person who answers the phone) and then in the user's language, each under the name of its language.
 */
export function summaryForCall(own: TFunction, dutch: TFunction | undefined, write: (t: TFunction) => string): string {
  if (!dutch || own === dutch) return write(own);
  return [dutch('ui.summary.inLanguage'), write(dutch), '', own('ui.summary.inLanguage'), write(own)].join('\n');
}

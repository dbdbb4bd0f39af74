import type { TFunction } from 'i18next';
import type { Result } from '../engine/rules.ts';
import type { Answers, Flow } from '../engine/schema.ts';
import { optionKey } from '../i18n/keys.ts';

/**
 * A short, neutral text to read out when calling: what worries me, the age group, the municipality and
 * the numbers to call. No names, and nothing about who the caller is beyond "about myself".
 */
export function summaryText(t: TFunction, flow: Flow, answers: Answers, result: Result, municipalityName: string | undefined): string {
  const lines = [answers.role === 'self' ? t('ui.summary.introSelf') : t('ui.summary.intro')];
  if (answers.concern) {
    const form = answers['exploitation-form'];
    const concern = t(optionKey('concern', answers.concern));
    const detail = form && form !== 'unsure' ? ` (${t(optionKey('exploitation-form', form))})` : '';
    lines.push(t('ui.summary.concern', { value: concern + detail }));
  }
  if (answers.age) lines.push(t('ui.summary.age', { value: t(optionKey('age', answers.age)) }));
  if (answers.municipality) {
    const value = answers.municipality === 'unknown' ? t(optionKey('municipality', 'unknown')) : municipalityName;
    if (value) lines.push(t('ui.summary.municipality', { value }));
  }
  lines.push(t('ui.summary.contacts'));
  for (const id of [...result.urgent, ...result.contacts]) {
    const contact = flow.contacts.find((c) => c.id === id)!;
    const numbers = contact.phones.map((p) => p.number);
    const reach = [...numbers, ...contact.emails.map((e) => e.address), ...(contact.website ? [contact.website.url] : [])];
    lines.push(`- ${contact.name}: ${reach.join(', ')}`);
  }
  return lines.join('\n');
}

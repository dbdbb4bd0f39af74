import type { TFunction } from 'i18next';
import type { Result } from '../engine/rules.ts';
import type { Advice } from '../engine/schema.ts';
import { adviceWords } from '../result/adviceWords.ts';
import type { ExplainLine } from './explainLine.ts';

/** A block's wording as flows/safety.ts names it: "what-happens@self", or the id alone for its plain words. */
const wording = (id: string, variant: string | undefined) => (variant ? `${id}@${variant}` : id);

/**
 * An advice block as AdviceBlock shows it, in the words for this reader with `{{firstStep}}` filled in: its
 * title, its text, the points that apply (numbered where they are steps), its link and where it goes.
 */
export function explainAdvice(advice: Advice, result: Result, firstStep: string, t: TFunction, has: (key: string) => boolean) {
  const words = adviceWords(advice, result.points[advice.id], result.variants[advice.id], firstStep, t, has);
  const lines: ExplainLine[] = [
    { heading: 3, words: [words.title], hook: `advice:${advice.id}`, id: wording(advice.id, result.variants[advice.id]) },
    { words: [words.text] },
    ...words.points.map((point, index): ExplainLine => ({ indent: 1, before: advice.numbered ? `${index + 1}.` : '-', words: [point] })),
  ];
  if (words.link) lines.push({ indent: 1, before: '→', words: [words.link.text], after: `(${words.link.href})` });
  return lines;
}

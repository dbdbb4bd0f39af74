import { useTranslation } from 'react-i18next';
import { questionsLeft } from '../../engine/questionsLeft.ts';
import { askedQuestions } from '../../engine/rules.ts';
import { FlowActor } from './flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';

export type ProgressCount = { current: number; max: number; text: string };

/**
 * "Question 3 of 6 to 7": where this question is, and how many there can be in all for these answers. The
 * total only narrows as answers come in ("6 to 7", then "7"); it never grows mid-way.
 */
export function useProgress(question: string): ProgressCount {
  const { t } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const current = askedQuestions(flow, answers).findIndex((q) => q.id === question) + 1;
  const left = questionsLeft(flow, answers, question);
  const [min, max] = [current + left.min, current + left.max];
  const text = min === max ? t('ui.progress', { current, total: max }) : t('ui.progressRange', { current, min, max });
  return { current, max, text };
}

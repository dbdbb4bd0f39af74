import { useTranslation } from 'react-i18next';
import { isAsked } from '../../engine/rules.ts';
import { FlowActor, flow } from '../flowActor.ts';

/** "Question 3 of 7": counts the questions these answers lead to (the form of exploitation only when asked). */
export function Progress({ question }: { question: string }) {
  const { t } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const asked = flow.questions.filter((q) => isAsked(flow, q, answers));
  const current = asked.findIndex((q) => q.id === question) + 1;
  return (
    <p className="progress">
      <progress max={asked.length} value={current} aria-hidden="true" />
      <span>{t('ui.progress', { current, total: asked.length })}</span>
    </p>
  );
}

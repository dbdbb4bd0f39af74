import { useTranslation } from 'react-i18next';
import { FlowActor } from '../hooks/flowActor.ts';
import { goBack } from '../hooks/useOneHistory.ts';

/** The in-app Back: the same step as the browser's Back (src/ui/hooks/useOneHistory.ts). */
export function BackButton({ label }: { label?: string }) {
  const { t } = useTranslation();
  const actor = FlowActor.useActorRef();
  return (
    <button type="button" className="back" data-back onClick={() => goBack(actor)}>
      <span aria-hidden="true">‹ </span>
      {label ?? t('ui.back')}
    </button>
  );
}

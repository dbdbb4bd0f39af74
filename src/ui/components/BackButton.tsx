import { useTranslation } from 'react-i18next';
import { FlowActor } from '../flowActor.ts';

export function BackButton() {
  const { t } = useTranslation();
  const actor = FlowActor.useActorRef();
  return (
    <button type="button" className="back" onClick={() => actor.send({ type: 'BACK' })}>
      <span aria-hidden="true">‹ </span>
      {t('ui.back')}
    </button>
  );
}

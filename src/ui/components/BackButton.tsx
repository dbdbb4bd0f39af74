import { useTranslation } from 'react-i18next';
import { FlowActor } from '../flowActor.ts';

export function BackButton() {
  const { t } = useTranslation();
  const actor = FlowActor.useActorRef();
  return (
    <button type="button" className="back" onClick={() => actor.send({ type: 'BACK' })}>
      {t('ui.back')}
    </button>
  );
}

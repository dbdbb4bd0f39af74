import { useTranslation } from 'react-i18next';
import { backView } from '../../views/backView.ts';
import { FlowActor } from '../hooks/flowActor.ts';
import { goBack } from '../hooks/useOneHistory.ts';
import { reactElement } from '../lib/reactElement.ts';

/** The in-app Back: the same step as the browser's Back (src/ui/hooks/useOneHistory.ts). */
export function BackButton({ label }: { label?: string }) {
  const { t } = useTranslation();
  const actor = FlowActor.useActorRef();
  return backView(reactElement, { label: label ?? t('ui.back'), onBack: () => goBack(actor) });
}

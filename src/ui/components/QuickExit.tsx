import { useTranslation } from 'react-i18next';
import { leaveNow } from '../quickExit.ts';
import { useShiftExit } from '../useShiftExit.ts';

/** Always in the same place at the top: a button, or Shift three times, leaves the site at once. */
export function QuickExit({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  const exit = () => {
    onLeave();
    leaveNow();
  };
  const presses = useShiftExit(exit);
  return (
    <div className="quick-exit">
      <button type="button" data-quick-exit onClick={exit}>
        {t('ui.quickExit')}
      </button>
      <span className="quick-exit-hint" aria-hidden="true">
        {t('ui.quickExitHint')}
      </span>
      <span role="status" className="visually-hidden">
        {presses > 0 ? t('ui.shiftPressed', { count: presses }) : ''}
      </span>
    </div>
  );
}

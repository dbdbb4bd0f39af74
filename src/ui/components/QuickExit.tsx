import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_SITE } from '../lib/quickExit.ts';

type ShiftWindow = Window & { __pluisShift?: (presses: number) => void };

/**
 * Always in the same place at the top: a real link to the neutral site, so that it leaves without
 * JavaScript and before the app's script has arrived. scripts/quickExit.js, inlined in the page, makes it
 * (and Shift three times) leave with replace(); here the Shift presses it counts are announced.
 */
export function QuickExit() {
  const { t } = useTranslation();
  const [presses, setPresses] = useState(0);
  useEffect(() => {
    const page = window as ShiftWindow;
    page.__pluisShift = setPresses;
    return () => {
      if (page.__pluisShift === setPresses) delete page.__pluisShift;
    };
  }, []);
  return (
    <div className="quick-exit">
      <a href={NEUTRAL_SITE} data-quick-exit>
        {t('ui.quickExit')}
      </a>
      <span className="quick-exit-hint" aria-hidden="true">
        {t('ui.quickExitHint')}
      </span>
      <span role="status" className="visually-hidden">
        {presses > 0 ? t('ui.shiftPressed', { count: presses }) : ''}
      </span>
    </div>
  );
}

import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_SITE } from '../lib/quickExit.ts';

/**
 * Always in the same place at the top: a real link to the neutral site, so that it leaves without
 * JavaScript and before the app's script has arrived. scripts/quickExit.js, inlined in the page, makes it
 * (and Shift three times) leave with replace(); here the Shift presses it counts are announced. Drawn
 * again only when its words change, not on every answer.
 */
export const QuickExit = memo(function QuickExit() {
  const { t } = useTranslation();
  const [presses, setPresses] = useState(0);
  useEffect(() => {
    window.__pluisExit = { ...window.__pluisExit, pressed: setPresses };
    return () => {
      if (window.__pluisExit?.pressed === setPresses) delete window.__pluisExit.pressed;
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
});

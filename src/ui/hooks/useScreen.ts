import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { plainText } from '../../i18n/taggedText.ts';

/**
 * Names the page after the screen's heading and moves focus to that heading when the screen changes:
 * screen-reader users only learn that the screen changed if focus moves. Not on the page's first screen,
 * where the reader starts at the top anyway: that is the one screen shown before the app has marked its
 * history entry (src/ui/hooks/useOneHistory.ts does, after this effect has run). And not when focus is on
 * something still on the page: a screen that changed took the focused control with it (focus fell back to
 * the body), but a screen the app took over from the early walker keeps the focus the user had there.
 */
export function useScreen(heading: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = plainText(t('ui.pageTitle', { title: heading }));
  }, [heading, t]);
  useEffect(() => {
    const active = document.activeElement;
    const focusLost = !active || active === document.body || !active.isConnected;
    if (window.history.state === null || !focusLost) return;
    // A new screen starts at the top, with Back in view (not under the sticky header), then its heading takes focus.
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}

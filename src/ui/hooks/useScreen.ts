import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { plainText } from '../../i18n/taggedText.ts';
import { useHydrating } from './useHydrating.ts';

/**
 * Names the page after the screen's heading and moves focus to that heading when the screen changes:
 * screen-reader users only learn that the screen changed if focus moves. Wherever focus was: on the control
 * that changed the screen, or still on a language link or quick exit when the browser's Back did. Not on the
 * page's first screen, where the reader starts at the top anyway: that is the one screen shown before the
 * app has marked its history entry (src/ui/hooks/useOneHistory.ts does, after this effect has run). And not
 * on a screen the app took over from the early walker (hydrated): that keeps the focus the user had there.
 */
export function useScreen(heading: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const hydrating = useHydrating();
  const takenOver = useRef(hydrating);
  useEffect(() => {
    document.title = plainText(t('ui.pageTitle', { title: heading }));
  }, [heading, t]);
  useEffect(() => {
    if (window.history.state === null || takenOver.current) return;
    // A new screen starts at the top, with Back in view (not under the sticky header), then its heading takes focus.
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}

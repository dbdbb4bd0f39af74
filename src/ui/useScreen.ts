import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the page after the screen's heading and moves focus to that heading when the screen changes:
 * screen-reader users only learn that the screen changed if focus moves. Not on the page's first screen,
 * where the reader starts at the top anyway: that is the one screen shown before the app has marked its
 * history entry (src/ui/useOneHistory.ts does, after this effect has run).
 */
export function useScreen(heading: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('ui.pageTitle', { title: heading });
  }, [heading, t]);
  useEffect(() => {
    if (window.history.state !== null) ref.current?.focus();
  }, []);
  return ref;
}

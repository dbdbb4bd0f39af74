import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstScreen = true;

/**
 * Names the page after the screen's heading and moves focus to that heading when the screen changes:
 * screen-reader users only learn that the screen changed if focus moves. Not on the very first screen,
 * where the reader starts at the top anyway.
 */
export function useScreen(heading: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('ui.pageTitle', { title: heading });
  }, [heading, t]);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return ref;
}

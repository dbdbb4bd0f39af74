import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce, prepareAnnouncer } from '../lib/announcer.ts';

/**
 * Shown in place of the advice and contacts while their words load, or when loading them failed. "Try
 * again" goes while loading: focus moves to the status first, and when the words arrive and this block
 * goes too, to the screen's heading, with "the advice has loaded" said. Focus is never dropped to the page.
 */
export function WordsPending({ state, retry }: { state: 'loading' | 'failed'; retry: () => void }) {
  const { t, i18n } = useTranslation();
  const status = useRef<HTMLParagraphElement>(null);
  const retried = useRef(false);
  const loaded = t('ui.result.loaded');
  useEffect(() => {
    prepareAnnouncer();
    const element = status.current;
    const block = element?.closest('[data-screen]');
    return () => {
      // Only when this block has gone because the words came, not when the language changed under it.
      if (!retried.current || element?.isConnected) return;
      announce(loaded, i18n.language);
      if (!document.activeElement || document.activeElement === document.body) block?.querySelector<HTMLElement>('h1')?.focus();
    };
  }, [loaded, i18n.language]);
  return (
    <div className="pending">
      <p role="status" ref={status} tabIndex={-1}>
        {state === 'loading' ? t('ui.result.loading') : t('ui.result.loadError')}
      </p>
      {state === 'failed' && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            retried.current = true;
            status.current?.focus();
            retry();
          }}
        >
          {t('ui.municipality.retry')}
        </button>
      )}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaidInTurn } from '../hooks/useSaidInTurn.ts';
import { announce, prepareAnnouncer } from '../lib/announcer.ts';

/**
 * Shown in place of the advice and contacts while their words load, or when loading them failed. Its status
 * is said in its turn (drawn empty first: a status that arrives already filled is not heard), and once it
 * said "loading" or "failed", the words' arrival is said too ("the advice has loaded"), when this block goes.
 * "Try again" goes while loading: focus moves to the status first, and when the words arrive and this block
 * goes too, to the screen's heading. Focus is never dropped to the page.
 */
export function WordsPending({ state, retry }: { state: 'loading' | 'failed'; retry: () => void }) {
  const { t, i18n } = useTranslation();
  const status = useRef<HTMLParagraphElement>(null);
  const said = useSaidInTurn(state === 'loading' ? t('ui.result.loading') : t('ui.result.loadError'));
  const heard = useRef(false);
  useEffect(() => {
    if (said) heard.current = true;
  }, [said]);
  const loaded = t('ui.result.loaded');
  useEffect(() => {
    prepareAnnouncer();
    const element = status.current;
    const screen = element?.closest('[data-screen]');
    return () => {
      // Only when this block has gone because the words came: not when the language changed under it, nor
      // when the screen itself has gone.
      if (!heard.current || element?.isConnected || !screen?.isConnected) return;
      announce(loaded, i18n.language);
      if (!document.activeElement || document.activeElement === document.body) screen.querySelector<HTMLElement>('h1')?.focus();
    };
  }, [loaded, i18n.language]);
  return (
    <div className="pending">
      <p role="status" ref={status} tabIndex={-1}>
        {said}
      </p>
      {state === 'failed' && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
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

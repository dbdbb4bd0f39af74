import { useTranslation } from 'react-i18next';

/** Shown in place of the advice and contacts while their words load, or when loading them failed. */
export function WordsPending({ state, retry }: { state: 'loading' | 'failed'; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="pending">
      <p role="status">{state === 'loading' ? t('ui.result.loading') : t('ui.result.loadError')}</p>
      {state === 'failed' && (
        <button type="button" className="secondary" onClick={retry}>
          {t('ui.municipality.retry')}
        </button>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../engine/rules.ts';
import { FlowActor } from '../flowActor.ts';
import { summaryCopied } from '../quickExit.ts';
import { useSummary } from '../useSummary.ts';

/** Start again, print or save, and copy a summary to read out when calling. */
export function ResultActions({ result }: { result: Result }) {
  const { t } = useTranslation();
  const actor = FlowActor.useActorRef();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = useSummary(result).forCall;

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(text);
      summaryCopied();
      setCopy('copied');
    } catch {
      // No clipboard (an old browser, or permission refused): show the text to copy by hand.
      setCopy('failed');
    }
  };

  return (
    <section className="actions" aria-label={t('ui.result.summaryTitle')}>
      <div className="buttons">
        <button type="button" className="secondary" data-copy-summary onClick={copySummary}>
          {t('ui.result.copy')}
        </button>
        <button type="button" className="secondary" data-print onClick={() => window.print()}>
          {t('ui.result.print')}
        </button>
        <button type="button" className="secondary" data-restart onClick={() => actor.send({ type: 'RESTART' })}>
          {t('ui.result.restart')}
        </button>
      </div>
      <p className="note">{t('ui.result.copyNote')}</p>
      <p className="note">{t('ui.result.printNote')}</p>
      <p role="status" className="status">
        {copy === 'copied' ? t('ui.result.copied') : copy === 'failed' ? t('ui.result.copyFailed') : ''}
      </p>
      {copy === 'failed' && (
        <textarea className="summary" readOnly rows={text.split('\n').length} value={text} aria-label={t('ui.result.summaryTitle')} />
      )}
    </section>
  );
}

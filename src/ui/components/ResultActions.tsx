import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../engine/rules.ts';
import { FlowActor } from '../hooks/flowActor.ts';
import { summaryCopied } from '../lib/quickExit.ts';
import { useSummary } from '../hooks/useSummary.ts';

/** Start again, print or save, and copy a summary to read out when calling. */
export function ResultActions({ result }: { result: Result }) {
  const { t, i18n } = useTranslation();
  const actor = FlowActor.useActorRef();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const summary = useSummary(result);
  const text = summary.forCall;

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
    <section className="actions">
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
      {/* To copy by hand. In uk and en the Dutch summary has a field of its own, so that it can carry lang="nl". */}
      {copy === 'failed' &&
        (summary.dutch ? [summary.dutch, summary.own] : [text]).map((words, index, fields) => (
          <textarea
            key={index}
            className="summary"
            readOnly
            lang={fields.length > 1 && index === 0 ? 'nl' : undefined}
            rows={words.split('\n').length}
            value={words}
            aria-label={
              fields.length > 1
                ? `${t('ui.result.summaryTitle')} (${t(`ui.languageName.${index === 0 ? 'nl' : i18n.language}`)})`
                : t('ui.result.summaryTitle')
            }
          />
        ))}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Result } from '../../engine/rules.ts';
import { useSummary } from '../hooks/useSummary.ts';

/**
 * On paper only, at the top of a printed result in uk or en: the summary in Dutch, for the person who
 * answers the phone. The screen shows the same facts in the user's language.
 */
export function DutchSummary({ result }: { result: Result }) {
  const { i18n } = useTranslation();
  const { dutch } = useSummary(result);
  if (!dutch) return null;
  return (
    <section className="print-only" lang="nl" aria-hidden="true">
      <h2>{i18n.getFixedT('nl')('ui.summary.printTitle')}</h2>
      <p className="summary-lines">{dutch}</p>
    </section>
  );
}

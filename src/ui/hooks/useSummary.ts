import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityOf, type Result } from '../../engine/rules.ts';
import { loadLanguage } from '../../i18n/i18n.ts';
import { FlowActor } from './flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { summaryForCall, summaryText } from '../lib/summaryText.ts';
import { useMunicipalityName } from './useMunicipalityName.ts';

/**
 * The summary to read out when calling, for copying (`forCall`: Dutch first in uk and en) and the Dutch one
 * on its own for the printout (`dutch`; undefined for a Dutch user, or while the Dutch words load), and the
 * one in the user's language on its own (`own`).
 */
export function useSummary(result: Result): { forCall: string; dutch: string | undefined; own: string } {
  const { t, i18n } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const municipalityName = useMunicipalityName(municipalityOf(flow, answers));
  const inDutch = i18n.language === 'nl';
  const [dutchLoaded, setDutchLoaded] = useState(() => i18n.hasResourceBundle('nl', 'translation'));
  useEffect(() => {
    // Offline without the Dutch words cached, the summary stays in the user's language only.
    if (!inDutch && !dutchLoaded)
      loadLanguage('nl').then(
        () => setDutchLoaded(true),
        () => undefined,
      );
  }, [inDutch, dutchLoaded]);
  const dutchT: TFunction | undefined = !inDutch && dutchLoaded ? i18n.getFixedT('nl') : undefined;
  const write = (words: TFunction) =>
    summaryText(
      words,
      (key) => i18n.exists(key, { lng: words === t ? i18n.language : 'nl' }),
      flow,
      answers,
      result,
      municipalityName,
      i18n.language,
    );
  return { forCall: summaryForCall(t, dutchT, write), dutch: dutchT && write(dutchT), own: write(t) };
}

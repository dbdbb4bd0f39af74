import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { ACUTE, RESULT, questionById } from '../engine/rules.ts';
import { loadResultWords, switchLanguage } from '../i18n/i18n.ts';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { QuickExit } from './components/QuickExit.tsx';
import { FlowActor, flow } from './flowActor.ts';
import { AcuteScreen } from './screens/AcuteScreen.tsx';
import { QuestionScreen } from './screens/QuestionScreen.tsx';
import { ResultScreen } from './screens/ResultScreen.tsx';
import { SafetyScreen } from './screens/SafetyScreen.tsx';
import { useEarlyTap } from './useEarlyTap.ts';
import { useHistorySync } from './useHistorySync.ts';
import { preloadMunicipalities } from './useMunicipalities.ts';
import { useNow } from './useNow.ts';
import { useTapGuard } from './useTapGuard.ts';

/** How long after the first screen works the words it does not need are fetched, if no answer came first. */
const AFTER_FIRST_SCREEN_MS = 3000;

export function App({ startLanguage }: { startLanguage: Language }) {
  const { t } = useTranslation();
  const actor = FlowActor.useActorRef();
  const step = FlowActor.useSelector((s) => s.value as string);
  const [language, setLanguage] = useState(startLanguage);
  const [safety, setSafety] = useState(false);
  const now = useNow();

  const goTo = useCallback(
    (screen: string) => {
      if (screen === 'safety') {
        setSafety(true);
        return screen;
      }
      setSafety(false);
      actor.send({ type: 'CHANGE', step: screen });
      return actor.getSnapshot().value as string;
    },
    [actor],
  );
  useHistorySync(safety ? 'safety' : step, language, goTo);
  const main = useRef<HTMLElement>(null);
  useTapGuard(safety ? 'safety' : step, main);
  useEarlyTap();
  // Fetch the municipality list once the first answer is given (not with the first screen), so that its
  // question, a few screens on, is quick.
  const started = step !== flow.questions[0].id;
  useEffect(() => {
    if (started) preloadMunicipalities();
  }, [started]);
  // The words of the result and acute screens: at the first answer, or a little after the first screen
  // works, whichever comes first. Not with the first screen, which arrives sooner without them.
  useEffect(() => {
    const load = () => void loadResultWords(language).catch(() => undefined);
    if (started) return load();
    const timer = window.setTimeout(load, AFTER_FIRST_SCREEN_MS);
    return () => window.clearTimeout(timer);
  }, [started, language]);

  const onSwitch = async (next: Language) => {
    await switchLanguage(next);
    setLanguage(next);
  };

  const question = questionById(flow, step);
  return (
    <>
      <header className="site-header">
        <QuickExit onLeave={() => actor.send({ type: 'RESTART' })} />
        <span className="app-name">{t('ui.appName')}</span>
      </header>
      <LanguageSwitch onSwitch={onSwitch} />
      <main id="main" ref={main}>
        {safety ? (
          <SafetyScreen onClose={() => window.history.back()} />
        ) : step === ACUTE ? (
          <AcuteScreen now={now} />
        ) : step === RESULT ? (
          <ResultScreen now={now} />
        ) : (
          question && <QuestionScreen key={question.id} question={question} />
        )}
      </main>
      {/* No footer on the safety page itself: an empty footer is still a landmark, and says nothing. */}
      {!safety && (
        <footer className="site-footer">
          <button type="button" className="link" data-safety onClick={() => setSafety(true)}>
            {t('ui.safetyLink')}
          </button>
        </footer>
      )}
    </>
  );
}

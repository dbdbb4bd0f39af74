import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR, SAFETY, type FlowEvent } from '../engine/buildMachine.ts';
import { ACUTE, RESULT, questionById } from '../engine/rules.ts';
import { flow } from '../engine/shippedFlow.ts';
import { loadResultWords } from '../i18n/i18n.ts';
import { addressOf } from '../i18n/language.ts';
import type { Language } from '../i18n/languages.ts';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { QuickExit } from './components/QuickExit.tsx';
import { FlowActor } from './hooks/flowActor.ts';
import { preloadMunicipalities } from './hooks/useMunicipalities.ts';
import { preloadResultParts } from './hooks/useResultParts.ts';
import { useNow } from './hooks/useNow.ts';
import { useOneHistory } from './hooks/useOneHistory.ts';
import { useTapGuard } from './hooks/useTapGuard.ts';
import { leaveNow, whenLeaving } from './lib/quickExit.ts';
import { whenIdle } from './lib/whenIdle.ts';
import { AcuteScreen } from './screens/AcuteScreen.tsx';
import { ErrorScreen, ScreenBoundary } from './screens/ErrorScreen.tsx';
import { QuestionScreen } from './screens/QuestionScreen.tsx';
import { ResultScreen } from './screens/ResultScreen.tsx';
import { SafetyScreen } from './screens/SafetyScreen.tsx';

/** How long after the first screen works the words it does not need are fetched, if no answer came first. */
const AFTER_FIRST_SCREEN_MS = 3000;

/**
 * The frame of every screen (quick exit, the languages, the safety link) and the screen the check is on.
 * `waiting`: events for the check once the screen on show is the app's (what was tapped before it arrived,
 * src/early/takeOver.ts; or FAIL, when the page's words could not be loaded).
 */
export function App({ waiting = [] }: { waiting?: FlowEvent[] }) {
  const { t, i18n } = useTranslation();
  const actor = FlowActor.useActorRef();
  const step = FlowActor.useSelector((s) => s.value as string);
  const language = FlowActor.useSelector((s) => s.context.language);
  const switching = FlowActor.useSelector((s) => s.context.switching);
  const canOpenSafety = FlowActor.useSelector((s) => s.can({ type: 'SAFETY' }));
  const now = useNow();

  // The words, <html lang> (and, in useOneHistory, the address) follow the check's language.
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  // Before the first paint, after the screen on show has been taken over: once each (StrictMode runs this twice).
  const sent = useRef(false);
  useLayoutEffect(() => {
    if (sent.current) return;
    sent.current = true;
    for (const event of waiting) actor.send(event);
  }, [actor, waiting]);
  // Quick exit (scripts/quickExit.js counts the clicks and Shift presses) now leaves the app's way, and
  // forgets the answers.
  useEffect(() => {
    window.__pluisExit = { ...window.__pluisExit, leave: leaveNow };
    return whenLeaving(() => actor.send({ type: 'RESTART' }));
  }, [actor]);
  useOneHistory(language);
  const main = useRef<HTMLElement>(null);
  useTapGuard(step, main);
  // Fetch the municipality list once the first answer is given (not with the first screen), so that its
  // question, a few screens on, is quick.
  // (Reading the safety page from the first question is not starting.) Started when the browser is idle, not
  // in the tap's own task: React runs these effects before the answer's screen is painted (a tap is a
  // discrete event), and starting the loads took about 80 ms of the first tap at 4× CPU.
  const started = step !== flow.questions[0].id && step !== SAFETY;
  useEffect(() => {
    if (started) return whenIdle(preloadMunicipalities);
  }, [started]);
  // The words and the code of the result and acute screens: at the first answer, or a little after the first
  // screen works, whichever comes first. Not with the first screen, which arrives sooner without them.
  useEffect(() => {
    const load = () => {
      void loadResultWords(language).catch(() => undefined);
      preloadResultParts();
    };
    if (started) return whenIdle(load);
    const timer = window.setTimeout(load, AFTER_FIRST_SCREEN_MS);
    return () => window.clearTimeout(timer);
  }, [started, language]);

  // One function for the page's life, so that the language links are not drawn again on every answer.
  const switchLanguage = useCallback((next: Language) => actor.send({ type: 'LANGUAGE', language: next }), [actor]);
  const restart = () => {
    actor.send({ type: 'RESTART' });
    // Without the words of the page there is no check to start: load the page afresh.
    if (!i18n.hasResourceBundle(language, 'translation')) window.location.replace(addressOf(language));
  };

  const question = questionById(flow, step);
  return (
    <>
      <header className="site-header">
        <QuickExit />
        <span className="app-name">{t('ui.appName')}</span>
      </header>
      <LanguageSwitch switching={switching} onSwitch={switchLanguage} />
      <main id="main" ref={main}>
        {step === ERROR ? (
          <ErrorScreen onRestart={restart} />
        ) : (
          <ScreenBoundary onError={() => actor.send({ type: 'FAIL' })}>
            {step === SAFETY ? (
              <SafetyScreen />
            ) : step === ACUTE ? (
              <AcuteScreen now={now} />
            ) : step === RESULT ? (
              <ResultScreen now={now} />
            ) : (
              question && <QuestionScreen key={question.id} question={question} />
            )}
          </ScreenBoundary>
        )}
      </main>
      {/* No footer where the safety page can't be opened (on it, or on the error screen): an empty footer is still a landmark. */}
      {canOpenSafety && (
        <footer className="site-footer">
          <button type="button" className="link" data-safety onClick={() => actor.send({ type: 'SAFETY' })}>
            {t('ui.safetyLink')}
          </button>
        </footer>
      )}
    </>
  );
}

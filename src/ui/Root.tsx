import { Component, StrictMode, type ReactNode } from 'react';
import type { Snapshot } from 'xstate';
import { addressOf } from '../i18n/language.ts';
import type { Language } from '../i18n/languages.ts';
import { App } from './App.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { QuickExit } from './components/QuickExit.tsx';
import { FlowActor } from './hooks/flowActor.ts';
import { ErrorScreen } from './screens/ErrorScreen.tsx';

/**
 * The whole app, as the browser runs it (src/main.tsx) and the build prerenders it (src/prerender.tsx).
 * `wordsFailed`: the page's words could not be loaded, so it opens on the error screen. `snapshot`: where
 * the early walker got to (src/ui/earlyWalk.ts).
 */
export function Root({
  language,
  wordsFailed = false,
  snapshot,
}: {
  language: Language;
  wordsFailed?: boolean;
  snapshot?: Snapshot<unknown>;
}) {
  return (
    <StrictMode>
      <LastResort language={language}>
        <FlowActor.Provider options={snapshot && { snapshot }}>
          <App startLanguage={language} wordsFailed={wordsFailed} />
        </FlowActor.Provider>
      </LastResort>
    </StrictMode>
  );
}

/**
 * A screen that breaks is caught inside the app and becomes the machine's error state. This catches what
 * breaks around the screens (the header, the machine itself): the same error screen with quick exit and
 * the languages as plain links, and "start again" as a fresh page.
 */
class LastResort extends Component<{ children: ReactNode; language: Language }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <header className="site-header">
          <QuickExit />
        </header>
        <LanguageSwitch />
        <main id="main">
          <ErrorScreen onRestart={() => window.location.replace(addressOf(this.props.language))} />
        </main>
      </>
    );
  }
}

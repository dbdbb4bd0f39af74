import { Component, StrictMode, type ReactNode } from 'react';
import type { FlowEvent } from '../engine/buildMachine.ts';
import type { CheckStart } from '../early/takeOver.ts';
import { addressOf } from '../i18n/language.ts';
import type { Language } from '../i18n/languages.ts';
import { App } from './App.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { QuickExit } from './components/QuickExit.tsx';
import { FlowActor } from './hooks/flowActor.ts';
import { ErrorScreen } from './screens/ErrorScreen.tsx';

/**
 * The whole app, as the browser runs it (src/main.tsx) and the build prerenders it (src/prerender.tsx), in
 * the page's language. `snapshot`: where the check is (the early walker may have walked ahead,
 * src/early/takeOver.ts); `waiting`: what is sent to it once the screen on show is taken over.
 */
export function Root({ language, snapshot, waiting }: { language: Language; snapshot?: CheckStart['snapshot']; waiting?: FlowEvent[] }) {
  return (
    <StrictMode>
      <LastResort language={language}>
        <FlowActor.Provider options={{ input: { language }, snapshot }}>
          <App waiting={waiting} />
        </FlowActor.Provider>
      </LastResort>
    </StrictMode>
  );
}

/**
 * A screen that breaks is caught inside the app and becomes the machine's error state (the one way to the
 * error screen). This catches only what breaks around the screens, where there is no machine to ask (the
 * header, the machine itself): the same error screen, with quick exit and the languages as plain links,
 * and "start again" as a fresh page.
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

import { StrictMode } from 'react';
import type { Language } from '../i18n/languages.ts';
import { App } from './App.tsx';
import { FlowActor } from './flowActor.ts';
import { ErrorScreen } from './screens/ErrorScreen.tsx';

/** The whole app, as the browser runs it (src/main.tsx) and the build prerenders it (src/prerender.tsx). */
export function Root({ language }: { language: Language }) {
  return (
    <StrictMode>
      <ErrorScreen>
        <FlowActor.Provider>
          <App startLanguage={language} />
        </FlowActor.Provider>
      </ErrorScreen>
    </StrictMode>
  );
}

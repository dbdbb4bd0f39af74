import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { Language } from '../src/i18n/languages.ts';
import { loadResultWords, startI18n, switchLanguage } from '../src/i18n/i18n.ts';
import { App } from '../src/ui/App.tsx';
import { FlowActor } from '../src/ui/hooks/flowActor.ts';
import { loadResultParts } from '../src/ui/hooks/useResultParts.ts';

/** Keys the screens asked for that the language does not have: a test fails on any. */
export const missingKeys: string[] = [];
let started = false;

export async function renderApp(language: Language) {
  if (!started) {
    await startI18n(language);
    i18next.options.saveMissing = true;
    i18next.on('missingKey', (languages, _namespace, key) => missingKeys.push(`${languages.join(',')}: ${key}`));
    started = true;
    // The result's words and code load after the first screen in the app; here they are there from the start.
    await loadResultWords(language);
    await loadResultParts();
  }
  await switchLanguage(language);
  window.history.replaceState(null, '', `/${language}/`);
  return render(
    <FlowActor.Provider options={{ input: { language } }}>
      <App />
    </FlowActor.Provider>,
  );
}

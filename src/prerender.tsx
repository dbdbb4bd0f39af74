import i18next, { type Resource } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Language } from './i18n/languages.ts';
import { flow } from './engine/shippedFlow.ts';
import { questionKey } from './i18n/keys.ts';
import { Root } from './ui/Root.tsx';
import { plainText } from './i18n/taggedText.ts';

/**
 * Build time only (scripts/pagesPlugin.ts): the first question as HTML, so that it shows before the
 * script has loaded. The tree is the one main.tsx hydrates.
 */
export async function renderFirstScreen(
  language: Language,
  translation: Resource,
): Promise<{ html: string; title: string; description: string }> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <Root language={language} />
    </I18nextProvider>,
  );
  const title = plainText(i18n.t('ui.pageTitle', { title: i18n.t(questionKey(flow.questions[0].id)) }));
  // What a search engine shows under the link: what the check is for, nothing about the person using it.
  return { html, title, description: i18n.t('ui.metaDescription') };
}

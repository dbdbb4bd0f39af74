import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../i18n/languages.ts';

/** nl / uk / en, each named in its own language; switching keeps the answers, and says that it happened. */
export function LanguageSwitch({ onSwitch }: { onSwitch: (language: Language) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  // Focus stays on the button pressed, so nothing else tells a screen-reader user that every word changed.
  const [switched, setSwitched] = useState(false);
  const choose = async (language: Language) => {
    if (language === i18n.language) return;
    await onSwitch(language);
    setSwitched(true);
  };
  return (
    <nav className="languages" aria-label={t('ui.language')}>
      <ul role="list">
        {languages.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              data-lang={language}
              aria-current={i18n.language === language ? 'true' : undefined}
              onClick={() => void choose(language)}
            >
              {t(`ui.languageName.${language}`)}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {switched ? t('ui.languageChanged') : ''}
      </p>
    </nav>
  );
}

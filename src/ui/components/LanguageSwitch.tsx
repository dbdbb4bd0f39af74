import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../i18n/languages.ts';

/** nl / uk / en, each named in its own language; switching keeps the answers. */
export function LanguageSwitch({ onSwitch }: { onSwitch: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
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
              onClick={() => onSwitch(language)}
            >
              {t(`ui.languageName.${language}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addressOf } from '../../i18n/language.ts';
import { languages, type Language } from '../../i18n/languages.ts';
import { takeEarlyLanguage } from '../earlyWalk.ts';

/**
 * nl / uk / en, each named in its own language. Links to each language's address, so that they work
 * without the app (JavaScript off, the error page); with `onSwitch` the app switches in place, keeping
 * the answers, and says that it happened; also for a link tapped before the app arrived (the early
 * walker kept that tap, src/early/walker.ts).
 */
export function LanguageSwitch({ onSwitch }: { onSwitch?: (language: Language) => void | Promise<void> }) {
  const { t, i18n } = useTranslation();
  // Focus stays on the button pressed, so nothing else tells a screen-reader user that every word changed.
  const [switched, setSwitched] = useState(false);
  const choose = async (language: Language) => {
    if (!onSwitch || language === i18n.language) return;
    await onSwitch(language);
    setSwitched(true);
  };
  // Here without the app's switch (the last-resort screen), the early tap opens that language's own page.
  const chooseEarly = useEffectEvent((language: Language) => (onSwitch ? choose(language) : window.location.replace(addressOf(language))));
  useEffect(() => {
    const early = takeEarlyLanguage();
    // After the screen's first commit: the switch redraws every word, and the walker's screen was just taken over.
    if (early) void Promise.resolve(early).then(chooseEarly);
  }, []);
  return (
    <nav className="languages" aria-label={t('ui.language')}>
      <ul role="list">
        {languages.map((language) => (
          <li key={language}>
            <a
              href={addressOf(language)}
              hrefLang={language}
              lang={language}
              data-lang={language}
              aria-current={i18n.language === language ? 'true' : undefined}
              onClick={(event) => {
                if (!onSwitch) return;
                event.preventDefault();
                void choose(language);
              }}
            >
              {t(`ui.languageName.${language}`)}
            </a>
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {switched ? t('ui.languageChanged') : ''}
      </p>
    </nav>
  );
}

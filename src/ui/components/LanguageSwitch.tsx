import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addressOf } from '../../i18n/language.ts';
import { languages, type Language } from '../../i18n/languages.ts';
import { announce } from '../lib/announcer.ts';
import { languageWaitingWords } from '../lib/languageWaitingWords.ts';

/**
 * nl / uk / en, each named in its own language. Links to each language's address, so that they work
 * without the app (JavaScript off, the error page); with `onSwitch` the check switches in place, keeping
 * the answers: the link of the language on its way (`switching`) is busy, and the page says, in the language
 * tapped, that it waits (unless it is there before that could be said, or the early walker said so already),
 * then that the language changed (focus stays on the link, so nothing else tells a screen-reader user that
 * every word changed). Also for a link tapped before the app arrived (the early walker kept that tap).
 * Drawn again only when its words or props change, not on every answer.
 */
export const LanguageSwitch = memo(function LanguageSwitch({
  onSwitch,
  switching,
}: {
  onSwitch?: (language: Language) => void;
  switching?: Language;
}) {
  const { t, i18n } = useTranslation();
  const shownFirst = useRef(i18n.language);
  useEffect(() => {
    if (switching) return announce(languageWaitingWords(switching), switching);
  }, [switching]);
  useEffect(() => {
    if (i18n.language !== shownFirst.current) return announce(t('ui.languageChanged'), i18n.language);
  }, [i18n.language, t]);
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
              aria-busy={switching === language ? 'true' : undefined}
              onClick={(event) => {
                if (!onSwitch) return;
                event.preventDefault();
                onSwitch(language);
              }}
            >
              {t(`ui.languageName.${language}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
});

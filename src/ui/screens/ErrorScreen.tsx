import { Component, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { plainText } from '../../i18n/taggedText.ts';
import { TaggedText } from '../components/TaggedText.tsx';

/**
 * When a screen broke: a calm page with 112, Veilig Thuis and "start again", never a stack trace. Its words
 * come with the page itself (src/i18n/wordFiles.ts, PAGE_WORDS_ID), so it speaks whatever failed to load. Focus moves to its heading and the page's title says what happened: a screen-reader
 * user must learn that the screen changed.
 */
export function ErrorScreen({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = plainText(t('ui.pageTitle', { title: t('ui.error.title') }));
  }, [t]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section data-screen="error">
      <h1 id="error-heading" ref={heading} tabIndex={-1}>
        {t('ui.error.title')}
      </h1>
      <p>{t('ui.error.text')}</p>
      <p>
        <a className="call-112" href="tel:112">
          {t('ui.error.call112')}
        </a>
      </p>
      <p>
        <TaggedText text={t('ui.error.adviceLead')} />{' '}
        {/* Its words come with the page, not with the flow's contacts: the number as SPEC names it. */}
        <a className="call" href="tel:+318002000">
          <TaggedText text={t('ui.contact.call', { number: '0800-2000', name: 'Veilig Thuis' })} />
        </a>
      </p>
      <button type="button" className="secondary" data-restart onClick={onRestart}>
        {t('ui.error.restart')}
      </button>
    </section>
  );
}

/**
 * Catches a screen that throws while rendering and tells `onError` (the app sends FAIL to the machine,
 * which then shows the error screen in its place). The error itself goes to the console for whoever debugs it.
 */
export class ScreenBoundary extends Component<{ children: ReactNode; onError: () => void }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
    this.props.onError();
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}

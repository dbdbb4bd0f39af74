import { Component, createRef, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

/**
 * If a screen fails to render, the user sees a calm page with 112 and a way to start again, never a
 * stack trace. The error itself goes to the console for whoever debugs it.
 */
export class ErrorScreen extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  private heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  // The screen that failed took focus with it: focus goes to this heading, never to the page.
  componentDidUpdate(_: unknown, before: { failed: boolean }) {
    if (this.state.failed && !before.failed) this.heading.current?.focus();
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          // The screen that failed took the page's main landmark with it: this one is the page's main now.
          <main id="main">
            <section data-screen="error">
              <h1 id="error-heading" ref={this.heading} tabIndex={-1}>
                {t('ui.error.title')}
              </h1>
              <p>{t('ui.error.text')}</p>
              <p>
                <a className="call-112" href="tel:112">
                  {t('ui.acute.call')}
                </a>
              </p>
              <button type="button" className="secondary" onClick={() => window.location.replace(window.location.pathname)}>
                {t('ui.error.restart')}
              </button>
            </section>
          </main>
        )}
      </Translation>
    );
  }
}

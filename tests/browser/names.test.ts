// Every link and button is named by what it shows (names.ts): here the first question as the page draws it
// before the app's script has arrived, in nl, uk and en. The screens after it are checked on the whole walk of
// each language (fullPath.test.ts), the error screen with its other checks (a11y.test.ts).
import { describe, it } from 'vitest';
import { LANGUAGES, openEarly, withBrowser, type Language } from './support.ts';
import { expectNamedByWhatTheyShow } from './names.ts';

const browser = withBrowser({ serviceWorkers: 'block' });

describe('every link and button is named by what it shows', () => {
  it.each(LANGUAGES)('in %s: the first question, before the script', async (language: Language) => {
    const early = await browser().newPage();
    const release = await openEarly(early, `/${language}/`);
    await expectNamedByWhatTheyShow(early, 'danger, before the script');
    release();
  });
});

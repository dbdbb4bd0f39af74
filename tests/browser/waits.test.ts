// Every wait is heard once, in the language it is about, and never in the same moment as other news (what
// the page's live regions say, recorded from the first byte: heard.ts): a tap that waits for the app before
// its script has arrived, a language on its way, the advice and the municipality list loading and loaded.
// And what is said matches what is shown: the early page's chosen answer, no count while focus is elsewhere.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAY_GAP_MS } from '../../src/ui/lib/announcer.ts';
import { expectApart, expectHeardOnce, heard, listenForNews } from './heard.ts';
import {
  LANGUAGES,
  STAPHORST_PATH,
  axAll,
  axFocused,
  axTree,
  expectScreen,
  openApp,
  openEarly,
  said,
  tr,
  walk,
  withBrowser,
  type Language,
} from './support.ts';

// No service worker: every request reaches the routes below.
const browser = withBrowser({ serviceWorkers: 'block' });
const LIST = /\/assets\/municipalities-[^/]+\.json$/;
const RESULT_WORDS = /\/assets\/result-[^/]+\.json$/;
const TRANSLATION = /\/assets\/translation-[^/]+\.json$/;
/** Messages of the page's one voice come at least this far apart (a little less: timers are not exact). */
const APART = SAY_GAP_MS - 100;

/** A page that records what is heard, and the errors it logs (a hydration mismatch is one). */
async function listeningPage() {
  const page = await browser().newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await listenForNews(page);
  return { page, errors };
}

/** Holds every request to `url` until `release()`. */
async function hold(page: Page, url: RegExp) {
  const held: Route[] = [];
  let released = false;
  await page.route(url, (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
}

const OTHER: Record<Language, Language> = { nl: 'uk', uk: 'en', en: 'nl' };

describe('before the app’s script has arrived', () => {
  it.each(LANGUAGES)(
    'in %s: a tap that waits for the app (danger "yes", the safety link) is said to be on its way, once',
    async (language) => {
      const { page, errors } = await listeningPage();
      const release = await openEarly(page, `/${language}/`);
      await page.locator('[data-option="danger:yes"]').click();
      await expectHeardOnce(page, said(language, 'ui.pageLoading'), language);
      release();
      await expectScreen(page, 'acute');
      await expect.poll(() => axFocused(page)).toBe(`heading: ${tr(language, 'ui.acute.title')}`);
      expect((await heard(page)).map((news) => news.text)).toEqual([said(language, 'ui.pageLoading')]);

      const { page: second } = await listeningPage();
      const releaseSecond = await openEarly(second, `/${language}/`);
      await second.locator('[data-option="danger:no"]').click();
      await expectScreen(second, 'role');
      await second.locator('[data-safety]').click();
      await expectHeardOnce(second, said(language, 'ui.pageLoading'), language);
      releaseSecond();
      await expectScreen(second, 'safety');
      await expect.poll(() => axFocused(second)).toBe(`heading: ${tr(language, 'ui.safety.title')}`);
      expect((await heard(second)).filter((news) => news.text === said(language, 'ui.pageLoading'))).toHaveLength(1);
      expect(errors).toEqual([]);
    },
  );

  it.each(LANGUAGES)(
    'on the %s page: another language tapped is said to be on its way in that language, then that it changed',
    async (language) => {
      const other = OTHER[language];
      const { page, errors } = await listeningPage();
      const release = await openEarly(page, `/${language}/`);
      await page.locator('[data-option="danger:no"]').click();
      await expectScreen(page, 'role');
      await page.locator(`a[data-lang="${other}"]`).click();
      await expectHeardOnce(page, tr(other, 'ui.languageWaiting'), other);
      release();
      await expectHeardOnce(page, tr(other, 'ui.languageChanged'), other);
      // The app, which takes the tap over, does not say the wait again.
      await expectHeardOnce(page, tr(other, 'ui.languageWaiting'), other);
      expect(await axFocused(page)).toBe(`link: ${tr(other, `ui.languageName.${other}`)}`);
      expectApart(await heard(page), APART);
      expect(errors).toEqual([]);
    },
  );

  it.each(LANGUAGES)(
    'in %s: after Back, "yes" tapped is the answer shown and heard chosen, and the app takes the page over',
    async (language) => {
      const { page, errors } = await listeningPage();
      const release = await openEarly(page, `/${language}/`);
      await page.locator('[data-option="danger:no"]').click();
      await expectScreen(page, 'role');
      await page.locator('[data-back]').click();
      await expectScreen(page, 'danger');
      const buttons = async () => axAll(await axTree(page), (n) => n.role === 'button').map((n) => n.name);
      const no = said(language, 'question.danger.option.no');
      const current = `(${tr(language, 'ui.currentAnswer')})`;
      expect(await buttons()).toContain(`${no} ${current}`);

      await page.locator('[data-option="danger:yes"]').click();
      const after = await buttons();
      expect(after, '"no" is no longer heard as the current answer').toContain(no);
      expect(after.join(' | ')).not.toContain(current);
      const looks = (option: string) =>
        page.locator(`[data-option="danger:${option}"]`).evaluate((button) => ({
          border: getComputedStyle(button).borderTopWidth,
          mark: getComputedStyle(button.querySelector('.option-label')!, '::before').content,
        }));
      expect(await looks('yes'), '"yes" looks chosen').toEqual({ border: '4px', mark: '"✓ " / ""' });
      expect(await looks('no'), '"no" no longer looks chosen').toEqual({ border: '2px', mark: 'none' });
      release();
      await expectScreen(page, 'acute');
      expect(errors, 'no hydration mismatch').toEqual([]);
    },
  );
});

describe('after the app’s script', () => {
  it.each(LANGUAGES)(
    'on the %s page: a language whose words must load is said to be on its way in that language, then that it changed',
    async (language) => {
      const other = OTHER[language];
      const { page } = await listeningPage();
      const release = await hold(page, TRANSLATION);
      await openApp(page, `/${language}/`);
      await walk(page, [['danger', 'no']], 'role');
      await page.locator(`a[data-lang="${other}"]`).click();
      await expectHeardOnce(page, tr(other, 'ui.languageWaiting'), other);
      await release();
      await expectHeardOnce(page, tr(other, 'ui.languageChanged'), other);
      expectApart(await heard(page), APART);
    },
  );

  it.each(LANGUAGES)(
    'in %s: the municipality list, then the advice, each loading then loaded, heard once and apart; no count while focus is elsewhere',
    async (language) => {
      const { page } = await listeningPage();
      const releaseList = await hold(page, LIST);
      const releaseAdvice = await hold(page, RESULT_WORDS);
      await openApp(page, `/${language}/`);
      await walk(page, STAPHORST_PATH.slice(0, 5), 'municipality');
      await expectHeardOnce(page, tr(language, 'ui.municipality.loading'), language);
      await releaseList();
      await expectHeardOnce(page, said(language, 'ui.municipality.loaded'), language);

      // Typed, the count is said.
      await page.getByRole('combobox').pressSequentially(language === 'uk' ? 'Стапх' : 'Staph');
      await expectHeardOnce(page, said(language, 'ui.municipality.chooseKeys'), language);
      await page.locator('[data-option="municipality:GM0180"]').click();
      await expectScreen(page, 'result');
      await expectHeardOnce(page, tr(language, 'ui.result.loading'), language);
      await releaseAdvice();
      await expectHeardOnce(page, tr(language, 'ui.result.loaded'), language);
      await page.locator('[data-advice]').first().waitFor();
      expectApart(await heard(page), APART);

      // Back to this question from the result, focus is on its heading: the count is not said.
      const before = (await heard(page)).length;
      await page.locator('[data-back]').first().click();
      await expectScreen(page, 'municipality');
      await expect.poll(() => page.getByRole('combobox').inputValue()).toBe('Staphorst');
      await page.waitForTimeout(SAY_GAP_MS + 500);
      expect(await axFocused(page)).toMatch(/^heading: /);
      expect((await heard(page)).slice(before).map((news) => news.text)).toEqual([]);
    },
  );
});

describe('before the script, the municipality question', () => {
  it.each(LANGUAGES)('in %s: "loading" said by the early page, "loaded" by the app, each once', async (language) => {
    const { page, errors } = await listeningPage();
    const releaseList = await hold(page, LIST);
    const release = await openEarly(page, `/${language}/`);
    for (const [question, option] of STAPHORST_PATH.slice(0, 5)) {
      await page.locator(`[data-option="${question}:${option}"]`).click();
      await page.locator(`[data-question="${question}"]`).waitFor({ state: 'detached' });
    }
    await expectScreen(page, 'municipality');
    await expectHeardOnce(page, tr(language, 'ui.municipality.loading'), language);
    release();
    await expect.poll(() => page.evaluate(() => window.__pluisEarly === undefined)).toBe(true);
    await releaseList();
    await expectHeardOnce(page, said(language, 'ui.municipality.loaded'), language);
    await expectHeardOnce(page, tr(language, 'ui.municipality.loading'), language);
    expectApart(await heard(page), APART);
    expect(errors).toEqual([]);
  });
});

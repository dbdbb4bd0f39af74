// The questions answer before the app's script has arrived (src/early/walker.ts): on a slow phone the user
// walks on at once, and the app, when it comes, takes over the screen on show without redrawing it. The
// app's script is held back here until the test lets it through.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  Browser,
  NEUTRAL_SITE,
  neutralSiteLoads,
  routeNeutralSite,
  STAPHORST_PATH,
  appHistory,
  LANGUAGES,
  expectScreen,
  openApp,
  openEarly,
  pickMunicipality,
  tr,
  waitForApp,
  walk,
  withBrowser,
  type Step,
} from './support.ts';

// No service worker: it would serve the app's script past the route that holds it back.
const browser = withBrowser({
  serviceWorkers: 'block',
  prepare: async (browser: Browser) => {
    await routeNeutralSite(browser);
  },
});

/** A page whose app script waits for `release()`, and the errors it logs (a redraw on takeover is one). */
async function heldBack(path: string) {
  const page = await browser().newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const release = await openEarly(page, path);
  return { page, errors, release };
}

const appRuns = (page: Page) =>
  page.evaluate(() => Object.keys(document.querySelector('[data-question], [data-screen]')!).some((key) => key.startsWith('__reactFiber')));

/** Answers with a tap and waits for the next question, which gets focus and names the page. */
async function tapEarly(page: Page, [question, option]: Step, next: string) {
  await page.locator(`[data-option="${question}:${option}"]`).click();
  await expectScreen(page, next);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-heading');
}

/** What the result says: its advice blocks and contacts, in order. */
const resultOf = async (page: Page) => {
  await page.locator('[data-advice]').first().waitFor();
  return {
    advice: await page.locator('[data-advice]').evaluateAll((all) => all.map((a) => a.getAttribute('data-advice'))),
    contacts: await page.locator('[data-contact]').evaluateAll((all) => all.map((c) => c.getAttribute('data-contact'))),
  };
};

describe('answers before the script', () => {
  it('four questions answered before the app arrives end on the same result as in the app', async () => {
    const { page, errors, release } = await heldBack('/uk/');
    await tapEarly(page, STAPHORST_PATH[0], 'role');
    await tapEarly(page, STAPHORST_PATH[1], 'age');
    await tapEarly(page, STAPHORST_PATH[2], 'concern');
    await tapEarly(page, STAPHORST_PATH[3], 'suspect');
    expect(await appRuns(page), 'the app is still held back').toBe(false);
    expect(await page.title()).toBe(tr('uk', 'ui.pageTitle').replace('{{title}}', tr('uk', 'question.suspect.title')));
    // The heading on show is marked: the app must take this very element over, not draw a new one.
    await page.evaluate(() => document.getElementById('question-heading')!.setAttribute('data-drawn-early', ''));
    release();
    await waitForApp(page);
    expect(await page.locator('#question-heading[data-drawn-early]').count(), 'the app redrew the screen').toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus stays where it was').toBe('question-heading');
    await walk(page, STAPHORST_PATH.slice(4), 'result');
    const early = await resultOf(page);

    const inApp = await browser().newPage();
    await openApp(inApp, '/uk/');
    await walk(inApp, STAPHORST_PATH, 'result');
    expect(early).toEqual(await resultOf(inApp));
    expect(errors.join('\n'), 'no hydration mismatch, nothing else logged').toBe('');
  });

  it('arriving after an answer, the app takes over as the person reads the next screen, not in the middle of a tap', async () => {
    const { page, errors, release } = await heldBack('/nl/');
    await tapEarly(page, ['danger', 'no'], 'role');
    release();
    // The script has arrived (scripts/appStart.js): it waits for the next tap's screen, a second at most.
    await page.waitForTimeout(400);
    expect(await appRuns(page), 'the app started before the next tap').toBe(false);
    await tapEarly(page, ['role', 'host'], 'age');
    await expect.poll(() => appRuns(page), { timeout: 3000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus stays where it was').toBe('question-heading');

    // Without a next tap it takes over a second after it arrived.
    const { page: reading, release: arrive } = await heldBack('/nl/');
    await tapEarly(reading, ['danger', 'no'], 'role');
    arrive();
    await expect.poll(() => appRuns(reading), { timeout: 5000 }).toBe(true);
    expect(errors.join('\n'), 'no hydration mismatch, nothing else logged').toBe('');
  });

  it('keeps the history, Back and quick exit of the app', async () => {
    const { page, release } = await heldBack('/nl/');
    await tapEarly(page, ['danger', 'no'], 'role');
    await tapEarly(page, ['role', 'host'], 'age');
    await tapEarly(page, ['age', '4-12'], 'concern');
    const entries = await page.evaluate(() => history.length);
    // The in-app Back and the browser's Back are one step, and add no entry.
    await page.locator('[data-back]').click();
    await expectScreen(page, 'age');
    expect(await page.locator('[data-option="age:4-12"]').getAttribute('class')).toContain('chosen');
    await page.evaluate(() => history.back());
    await expectScreen(page, 'role');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    release();
    await waitForApp(page);
    // The app goes on from there: Back as before, then on to the first question, where Back leaves.
    await page.locator('[data-back]').click();
    await expectScreen(page, 'danger');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The same answer again goes on to the first question not yet answered, the early answers kept.
    await page.locator('[data-option="danger:no"]').click();
    await expectScreen(page, 'concern');
    await page.locator('[data-quick-exit]').click();
    await page.waitForURL(`${NEUTRAL_SITE}**`);
    expect(neutralSiteLoads(browser()), 'loads of the neutral site').toBe(1);
    expect(await appHistory(page), 'app entries behind and ahead of the neutral page').toMatchObject({ behind: 0 });
  });

  it('quick exit before the app leaves no entry of the check behind', async () => {
    const { page } = await heldBack('/en/');
    await tapEarly(page, ['danger', 'unsure'], 'role');
    await tapEarly(page, ['role', 'neighbour'], 'age');
    await page.locator('[data-quick-exit]').click();
    await page.waitForURL(`${NEUTRAL_SITE}**`);
    expect(neutralSiteLoads(browser()), 'loads of the neutral site').toBe(1);
    expect(await appHistory(page)).toMatchObject({ behind: 0 });
  });

  it("fetches what later screens need from the first answer, once (the words, the list, the result's code): the app takes them over", async () => {
    const { page, release } = await heldBack('/en/');
    const fetched: string[] = [];
    const code: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/assets\/(result|municipalities)-[^/]+\.json$/.test(path)) fetched.push(path);
      if (/\/assets\/resultParts-[^/]+\.js$/.test(path)) code.push(path);
    });
    // The walker has started (and with it anything it would fetch at once).
    await page.waitForFunction(() => window.__pluisEarly !== undefined);
    expect(fetched, 'nothing before the check is under way').toEqual([]);
    await tapEarly(page, STAPHORST_PATH[0], 'role');
    await expect.poll(() => fetched.length).toBe(2);
    // The result's code too, preloaded while the app's script is still on its way.
    await expect.poll(() => code.length).toBe(1);
    const early = [...fetched];
    // The name before its hash: a hash may hold a '-' itself ('result-BAMS-x1y.json').
    expect(early.map((path) => path.replace(/^(\/assets\/[a-z]+)-[^/]+\.json$/, '$1')).sort()).toEqual([
      '/assets/municipalities',
      '/assets/result',
    ]);
    release();
    await waitForApp(page);
    await walk(page, STAPHORST_PATH.slice(1), 'result');
    await page.locator('[data-contact]').first().waitFor();
    // The English result's words and the list, each once; the Dutch result's words come later, for the Dutch summary.
    for (const path of early)
      expect(
        fetched.filter((each) => each === path),
        path,
      ).toHaveLength(1);
    expect(code, 'the app imports the preloaded code without a request of its own').toHaveLength(1);
  });

  it("a preload of the result's code that fails does not stick: the app loads the code itself, and the search works", async () => {
    const page = await browser().newPage();
    let requests = 0;
    await page.route(/\/assets\/resultParts-[^/]+\.js$/, (route) => (requests++ === 0 ? route.abort() : route.continue()));
    const release = await openEarly(page, '/en/');
    await tapEarly(page, STAPHORST_PATH[0], 'role');
    await expect.poll(() => requests).toBe(1);
    release();
    await waitForApp(page);
    await walk(page, STAPHORST_PATH.slice(1, 5), 'municipality');
    await page.locator('[role="combobox"]').pressSequentially('Staph');
    await page.locator('[data-option="municipality:GM0180"]').click();
    await expectScreen(page, 'result');
    expect(requests).toBe(2);
  });

  it('a tap whose answer needs the app (the acute screen) waits for it and is answered once', async () => {
    const { page, release } = await heldBack('/nl/');
    const yes = page.locator('[data-option="danger:yes"]');
    await yes.click();
    expect(await yes.getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('[data-question="danger"]').count()).toBe(1);
    release();
    await expectScreen(page, 'acute');
  });

  it('the safety page asked for before the app opens once it is there, and Back returns to the question', async () => {
    const { page, release } = await heldBack('/nl/');
    await tapEarly(page, ['danger', 'no'], 'role');
    const safety = page.locator('[data-safety]');
    await safety.click();
    expect(await safety.getAttribute('aria-busy')).toBe('true');
    release();
    await expectScreen(page, 'safety');
    await page.locator('[data-back]').first().click();
    await expectScreen(page, 'role');
  });

  it('a language asked for before the app switches in place once it is there, keeping the answers', async () => {
    const { page, errors, release } = await heldBack('/nl/');
    await tapEarly(page, STAPHORST_PATH[0], 'role');
    await tapEarly(page, STAPHORST_PATH[1], 'age');
    const ukrainian = page.locator('a[data-lang="uk"]');
    await ukrainian.click();
    expect(await ukrainian.getAttribute('aria-busy')).toBe('true');
    expect(new URL(page.url()).pathname, 'the link waits for the app').toBe('/nl/');
    // And says so, in the language tapped (the page carries those words for each other language).
    const announcer = page.locator('[data-announcer]');
    expect(await announcer.textContent()).toBe(tr('uk', 'ui.languageWaiting'));
    expect(await announcer.getAttribute('lang')).toBe('uk');
    release();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 5_000 }).toBe('uk');
    await expectScreen(page, 'age');
    await expect.poll(() => page.locator('#question-heading').innerText()).toContain(tr('uk', 'question.age.title'));
    expect(await ukrainian.getAttribute('aria-busy')).toBeNull();
    await expect.poll(() => announcer.textContent()).toBe(tr('uk', 'ui.languageChanged'));
    // The answers were kept: Back is the question before, in Ukrainian, with its answer chosen.
    await page.locator('[data-back]').first().click();
    await expectScreen(page, 'role');
    expect(await page.locator('#question-heading').innerText()).toContain(tr('uk', 'question.role.title'));
    expect(await page.locator('[data-option="role:host"]').getAttribute('class')).toContain('chosen');
    expect(errors).toEqual([]);
  });

  it('a language link tapped again a moment later is followed, afresh; a double tap is one tap', async () => {
    const { page } = await heldBack('/nl/');
    await tapEarly(page, STAPHORST_PATH[0], 'role');
    const english = page.locator('a[data-lang="en"]');
    await english.dblclick();
    expect(await english.getAttribute('aria-busy')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/nl/');
    // The walker holds a second tap within a second as part of the first (FOLLOW_AFTER_MS): the person waits.
    await page.waitForTimeout(1100);
    await english.click();
    await page.waitForURL((url) => url.pathname === '/en/', { waitUntil: 'commit' });
    await expectScreen(page, 'danger');
  });

  it('the page’s own language, tapped after another, keeps the page’s language', async () => {
    const { page, errors, release } = await heldBack('/nl/');
    await tapEarly(page, STAPHORST_PATH[0], 'role');
    await page.locator('a[data-lang="en"]').click();
    await page.locator('a[data-lang="nl"]').click();
    expect(await page.locator('a[data-lang][aria-busy]').count()).toBe(0);
    expect(await page.locator('[data-announcer]').textContent()).toBe('');
    release();
    await waitForApp(page);
    await expectScreen(page, 'role');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(new URL(page.url()).pathname).toBe('/nl/');
    expect(errors).toEqual([]);
  });

  it('the municipality question waits for the app, saying so, and keeps what was typed', async () => {
    const { page, release } = await heldBack('/nl/');
    for (const [i, step] of STAPHORST_PATH.slice(0, 5).entries()) await tapEarly(page, step, STAPHORST_PATH[i + 1][0]);
    expect(await page.locator('[data-question="municipality"] [role="status"]').innerText()).toBe(tr('nl', 'ui.municipality.loading'));
    const box = page.locator('[data-question="municipality"] input');
    await box.focus();
    await box.pressSequentially('Staph');
    release();
    await waitForApp(page);
    await expect.poll(() => page.locator('[role="combobox"]').inputValue()).toBe('Staph');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.locator('[data-option="municipality:GM0180"]').click();
    await expectScreen(page, 'result');
    // Back from the result: the app's own municipality question, the answer named.
    await page.locator('[data-back]').first().click();
    await expectScreen(page, 'municipality');
    await pickMunicipality(page, 'Staph', 'GM0180');
    await expectScreen(page, 'result');
  });
});

// The walker draws each screen with the app's own views (src/views/): when the app arrives, it takes the
// screen over as it is (hydrates it), for every kind of screen the walker draws, in every language.
type Kind = { name: string; reach: (page: Page) => Promise<void>; focused: string };
const kinds: Kind[] = [
  {
    name: 'a question',
    reach: (page) => tapEarly(page, ['danger', 'no'], 'role'),
    focused: 'question-heading',
  },
  {
    name: 'a question gone back to, its answer chosen',
    reach: async (page) => {
      await tapEarly(page, ['danger', 'no'], 'role');
      await tapEarly(page, ['role', 'host'], 'age');
      await page.locator('[data-back]').click();
      await expectScreen(page, 'role');
    },
    focused: 'question-heading',
  },
  {
    name: 'the municipality question, something typed',
    reach: async (page) => {
      for (const [i, step] of STAPHORST_PATH.slice(0, 5).entries()) await tapEarly(page, step, STAPHORST_PATH[i + 1][0]);
      await page.locator('[role="combobox"]').pressSequentially('Sta');
    },
    focused: 'municipality-input',
  },
];

describe('the app takes over what the walker drew', () => {
  it.each(LANGUAGES.flatMap((language) => kinds.map((kind) => [kind.name, language, kind] as const)))(
    '%s, in %s: no mismatch, nothing redrawn, focus kept',
    async (_name, language, kind) => {
      const { page, errors, release } = await heldBack(`/${language}/`);
      await kind.reach(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(kind.focused);
      // Every element on the screen is marked: the app must take each over, not draw a new one.
      const drawn = await page.evaluate(() => {
        const elements = [...document.querySelectorAll('main *')];
        elements.forEach((element) => element.setAttribute('data-drawn-early', ''));
        return elements.length;
      });
      release();
      await waitForApp(page);
      expect(await page.locator('main [data-drawn-early]').count(), 'the app redrew the screen').toBe(drawn);
      expect(await page.evaluate(() => document.activeElement?.id), 'focus stays where it was').toBe(kind.focused);
      expect(errors.join('\n'), 'no hydration mismatch, nothing else logged').toBe('');
    },
  );
});

describe('the words for the person themself and the new options, before the app as after', () => {
  it.each(LANGUAGES)('in %s: "rather not say", physical contact and no-contact, a Dutch word marked', async (language) => {
    const { page, errors, release } = await heldBack(`/${language}/`);
    const label = (hook: string) => page.locator(`[data-option="${hook}"] .option-label`).innerText();
    const onAge = async () =>
      expect(await label('age:unknown')).toBe(tr(language, 'question.age.optionFor.self.unknown').replace(/<\/?nl>/g, ''));
    // In uk and en, "Loverboy" is said in Dutch.
    const onConcern = async () =>
      language === 'nl' || expect(await page.locator('[data-option="concern:loverboy"] [lang="nl"]').innerText()).toBe('Loverboy');
    const onSexualWhen = async () => {
      expect(await label('sexual-when:no-contact')).toBe(tr(language, 'question.sexual-when.option.no-contact'));
      expect(await page.locator('[data-option="sexual-when:no-contact"] .option-hint').innerText()).toBe(
        tr(language, 'question.sexual-when.hint.no-contact'),
      );
    };
    await tapEarly(page, ['danger', 'no'], 'role');
    await tapEarly(page, ['role', 'self'], 'age');
    await onAge();
    await tapEarly(page, ['age', '12-18'], 'concern');
    await onConcern();
    await tapEarly(page, ['concern', 'sexual'], 'sexual-when');
    await onSexualWhen();
    expect(await appRuns(page), 'the app is still held back').toBe(false);
    release();
    await waitForApp(page);
    // The same screens in the app, going back.
    await onSexualWhen();
    await page.locator('[data-back]').click();
    await expectScreen(page, 'concern');
    await onConcern();
    await page.locator('[data-back]').click();
    await expectScreen(page, 'age');
    await onAge();
    expect(errors.join('\n'), 'no hydration mismatch, nothing else logged').toBe('');
  });
});

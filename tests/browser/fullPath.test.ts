// The whole check in each language, walked once, as a keyboard and screen-reader user on a 320 px wide
// screen (400% zoom of 1280 px, 200% of 640 px): every kind of screen is checked on the way with axe-core
// and for horizontal scrolling, every link and button on each screen is named by what it shows (names.ts),
// focus goes to each new heading and the progress is heard with it, the
// municipality is typed as that user would (Cyrillic in uk), and the result is the Staphorst one of SPEC.md,
// with call links that name whom they call. A change to an answer shows the result with 112 too.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  STAPHORST_ANSWER_VALUES,
  STAPHORST_PATH,
  axAll,
  axFocused,
  axTree,
  expectScreen,
  headingText,
  htmlLang,
  openApp,
  pathOf,
  said,
  tr,
  withBrowser,
  type Language,
} from './support.ts';
import { axe, reportAxe, type AxeSummary } from './axe.ts';
import { expectNamedByWhatTheyShow, spoken } from './names.ts';

const browser = withBrowser();
const QUERY: Record<Language, string> = { nl: 'Staph', uk: 'Стапх', en: 'Staph' };

/** Wider than the screen: a horizontal scrollbar. */
const overflow = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

/** Presses Tab until `selector` has focus; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${max} Tabs did not reach ${selector}; focus is on ${focused}`);
}

async function expectFocusOnHeading(page: Page, screen: string) {
  await expectScreen(page, screen);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const active = document.activeElement;
          const on = active?.closest('[data-question], [data-screen]');
          return active?.tagName === 'H1' && on
            ? `h1 of ${on.getAttribute('data-question') ?? on.getAttribute('data-screen')}`
            : `${active?.tagName.toLowerCase()} ${active?.outerHTML.slice(0, 80)}`;
        }),
      { timeout: 3_000 },
    )
    .toBe(`h1 of ${screen}`);
}

/** The Staphorst result of SPEC.md: a host worried about a child of 4-12, home violence by a parent. */
async function expectStaphorstResult(page: Page) {
  await expectScreen(page, 'result');
  for (const contact of ['veilig-thuis', 'vt-ijsselland', 'staphorst-oekraine']) {
    const card = page.locator(`[data-screen="result"] [data-contact="${contact}"]`);
    expect(await card.count(), `contact card ${contact}`).toBe(1);
    expect(await card.locator('a[href^="tel:"]').count(), `a tel: link in contact ${contact}`).toBeGreaterThan(0);
  }
  expect(await page.locator('[data-contact="vt-ijsselland"] a[href="tel:+31882032900"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-contact="staphorst-oekraine"] a[href="mailto:oekraine@staphorst.nl"]').count()).toBe(1);
  // Safe by default: the host does not raise it with the parent; the regional Veilig Thuis is the first step.
  expect(await page.locator('[data-screen="result"] [data-contact]').first().getAttribute('data-contact')).toBe('vt-ijsselland');
  expect(await page.locator('[data-contact="emergency-112"]').count()).toBe(0);
  for (const advice of [
    'do-not-confront',
    'listen-to-child',
    'talk-to-child-safely',
    'what-happens',
    'about-home-violence',
    'signs-age-4-12',
  ])
    expect(await page.locator(`[data-advice="${advice}"]`).count(), `advice block ${advice}`).toBe(1);
  expect(await page.locator('[data-advice="talk-to-suspect"]').count()).toBe(0);
}

describe('the whole check, by keyboard, at 320 px', () => {
  it.each(LANGUAGES)('in %s', async (language) => {
    const page = await browser().newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const summaries: AxeSummary[] = [];
    const wide: Record<string, number> = {};
    const look = async (screen: string) => {
      summaries.push(await axe(page, screen));
      wide[screen] = await overflow(page);
      return expectNamedByWhatTheyShow(page, screen);
    };

    await openApp(page, `/${language}/`);
    expect(await htmlLang(page)).toBe(language);
    expect(await headingText(page)).toBe(tr(language, 'question.danger.title'));
    await look('first question (danger)');

    await page.locator('[data-safety]').click();
    await expectScreen(page, 'safety');
    await look('safety');
    await page.goBack();
    await expectScreen(page, 'danger');

    await tabTo(page, '[data-option="danger:yes"]');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'acute');
    // Its call links show the number and name the organisation after it.
    expect((await look('acute')).filter(({ html }) => html.includes('href="tel:')).length).toBeGreaterThan(1);
    await page.goBack();
    await expectScreen(page, 'danger');

    // In each language, as a screen-reader user hears it: the heading with its progress on each screen.
    const next: Record<string, string> = { danger: 'role', role: 'age', age: 'concern', concern: 'suspect', suspect: 'municipality' };
    let key: 'Enter' | 'Space' = 'Enter';
    for (const [index, [question, option]] of STAPHORST_PATH.slice(0, 5).entries()) {
      await tabTo(page, `[data-option="${question}:${option}"]`);
      await page.keyboard.press(key);
      key = key === 'Enter' ? 'Space' : 'Enter';
      await expectFocusOnHeading(page, next[question]);
      // Question 2 of 6 to 8, … 4 of 6 to 8 (the form of exploitation and when it last happened are still possible), 5 of 6.
      const progress = index < 3 ? tr(language, 'ui.progressRange') : tr(language, 'ui.progress');
      const words = progress
        .replace('{{current}}', String(index + 2))
        .replace('{{min}}', '6')
        .replace('{{max}}', '8')
        .replace('{{total}}', '6');
      await expect.poll(() => axFocused(page)).toContain(words);
      if (next[question] === 'age') await look('middle question (age)');
      else if (next[question] !== 'municipality') await expectNamedByWhatTheyShow(page, next[question]);
    }

    await tabTo(page, '[role="combobox"]');
    await page.keyboard.type(QUERY[language]);
    await page.locator('[data-option="municipality:GM0180"]').waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[role="combobox"]').getAttribute('aria-activedescendant'), 'the active match is announced').toBe(
      await page.locator('[data-option="municipality:GM0180"]').getAttribute('id'),
    );
    await look('municipality, combobox open');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'result');
    await expectStaphorstResult(page);
    const veiligThuis = (await look('result')).find(({ html }) => html.includes('href="tel:+318002000"'));
    const shown = tr(language, 'ui.contact.call')
      .replace(/<hidden>.*<\/hidden>/, '')
      .replace('{{number}}', '0800-2000');
    expect(spoken(veiligThuis?.name ?? '')).toBe(spoken(`${shown}, Veilig Thuis`));

    expect(await htmlLang(page)).toBe(language);
    expect(pathOf(page)).toBe(`/${language}/`);
    expect(await headingText(page)).toBe(tr(language, 'ui.result.title'));
    const title = await page.title();
    expect(title, 'the page title names the screen, in the page language').toContain(tr(language, 'ui.result.title'));
    for (const value of STAPHORST_ANSWER_VALUES) expect(title, `page title contains the answer "${value}"`).not.toContain(value);

    // One name per number (the same number is called by the same name wherever it stands: the card, and the
    // line right below the first step; two numbers never share a name), and the numbers keep their no-break
    // spaces (a number must not break over two lines), said alike.
    const calls = axAll(await axTree(page), (n) => n.role === 'link' && String(n.properties.url ?? '').startsWith('tel:'));
    expect(calls.length).toBeGreaterThanOrEqual(3);
    const names = calls.map((n) =>
      n.name
        .replace(/\u00a0/g, ' ')
        .replace(/\u2060/g, '')
        .replace(/\s+,/, ','),
    );
    const byNumber = new Map<string, Set<string>>();
    calls.forEach((n, i) => byNumber.set(String(n.properties.url), (byNumber.get(String(n.properties.url)) ?? new Set()).add(names[i])));
    expect(
      [...byNumber.values()].every((set) => set.size === 1),
      names.join(' | '),
    ).toBe(true);
    expect(new Set(names).size, `every number has a name of its own: ${names.join(' | ')}`).toBe(byNumber.size);
    expect(names).toContain(said(language, 'ui.contact.call', { name: 'Veilig Thuis IJsselland', number: '088 - 203 29 00' }));
    // Every one starts with what it shows ("Call 0800-2000") and names the organisation after it (the 112
    // button is named by its number alone).
    const numbersWithoutName = names.filter(
      (name) => !/^\p{L}+ [+\d(][^,]*\s*, \p{L}{3}/u.test(name) && name !== tr(language, 'ui.acute.call'),
    );
    expect(numbersWithoutName).toEqual([]);
    await tabTo(page, '[data-contact] a[href^="tel:"]');
    await expect.poll(() => axFocused(page)).toMatch(/^link: \p{L}+ 088\s*\u2060?-\u2060?\s*203\s29\s00\s*, Veilig Thuis IJsselland/u);

    // The result with 112 above the first step: danger changed to "not sure".
    await page.locator('[data-change="danger"]').click();
    await expectScreen(page, 'danger');
    await page.locator('[data-option="danger:unsure"]').click();
    await expectScreen(page, 'result');
    await page.locator('[data-screen="result"] [data-contact="emergency-112"]').waitFor();
    await look('result with 112');

    reportAxe(language, summaries);
    const tooWide = Object.entries(wide)
      .filter(([, width]) => width > 320)
      .map(([screen, width]) => `${screen}: ${width}px`);
    expect(tooWide, 'screens wider than 320px').toEqual([]);
  });
});

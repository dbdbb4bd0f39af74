// When something breaks: a screen that throws becomes the error screen, which still helps. Quick exit, the
// languages, 112 and 0800-2000, focus on its heading, a title that says what happened, "start again", and
// no axe violations. A words file that fails to load does not open it: each page carries its own words.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  NEUTRAL_SITE,
  STAPHORST_PATH,
  expectScreen,
  neutralSiteLoads,
  openApp,
  routeNeutralSite,
  tr,
  walk,
  withBrowser,
  type Language,
} from './support.ts';

let page: Page;
// No service worker: it would serve the words file past the route that makes it fail.
const browser = withBrowser({
  serviceWorkers: 'block',
  prepare: async (browser) => {
    await routeNeutralSite(browser);
  },
});

/** The result's contact cards format dates: make that throw, as a bug would (format is a getter in ECMA-402). */
const breakDates = () =>
  Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
    get() {
      throw new Error('test: a screen that breaks');
    },
  });

const pageTitle = (language: Language, title: string) => tr(language, 'ui.pageTitle').replace('{{title}}', title);

/** Everything the error screen must offer, in `language`. */
async function expectHelpfulErrorScreen(page: Page, language: Language, { focusMoved = true } = {}) {
  await expectScreen(page, 'error');
  const heading = page.locator('[data-screen="error"] h1');
  await expect.poll(() => heading.innerText()).toBe(tr(language, 'ui.error.title'));
  if (focusMoved) {
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.outerHTML.slice(0, 80));
    await expect.poll(focused, { message: 'focus on the heading' }).toBe('error-heading');
  }
  await expect.poll(() => page.title()).toBe(pageTitle(language, tr(language, 'ui.error.title')));
  const exit = page.locator('a[data-quick-exit]');
  expect(await exit.getAttribute('href')).toBe(NEUTRAL_SITE);
  expect((await exit.innerText()).trim()).toBe(tr(language, 'ui.quickExit'));
  expect(await page.locator('a[data-lang]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual([
    '/nl/',
    '/uk/',
    '/en/',
  ]);
  const screen = page.locator('[data-screen="error"]');
  expect(await screen.locator('a[href="tel:112"]').innerText()).toBe(tr(language, 'ui.error.call112'));
  // Named by what it shows, then whom it calls: "Bel 0800-2000, Veilig Thuis".
  const veiligThuis = screen.locator('a[href="tel:+318002000"]');
  const shown = tr(language, 'ui.contact.call')
    .replace(/<hidden>.*<\/hidden>/, '')
    .replace('{{number}}', '0800-2000');
  expect((await veiligThuis.textContent())?.replace(/\u00a0/g, ' ').startsWith(shown)).toBe(true);
  expect(await veiligThuis.getAttribute('aria-label')).toBeNull();
  expect(await screen.locator('[data-restart]').innerText()).toBe(tr(language, 'ui.error.restart'));
  expect((await axe(page, 'error')).violations).toEqual([]);
}

describe('the error screen', () => {
  it('replaces a screen that throws, and still helps: quick exit, languages, 112, 0800-2000, start again', async () => {
    page = await browser().newPage();
    await page.addInitScript(breakDates);
    const logged: string[] = [];
    page.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH);
    await expectHelpfulErrorScreen(page, 'nl');
    expect(logged.join('\n'), 'the error, for whoever debugs it').toContain('test: a screen that breaks');

    // The language switch works on it, and keeps it.
    await page.locator('[data-lang="en"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Focus stays on the language link the user chose.
    await expectHelpfulErrorScreen(page, 'en', { focusMoved: false });

    // "Start again": the first question, nothing answered.
    await page.locator('[data-restart]').click();
    await expectScreen(page, 'danger');
    expect(await page.locator('[data-option].chosen').count()).toBe(0);
  });

  it('quick exit leaves from it', async () => {
    page = await browser().newPage();
    await page.addInitScript(breakDates);
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH);
    await expectScreen(page, 'error');
    await page.locator('[data-quick-exit]').click();
    await page.waitForURL(`${NEUTRAL_SITE}**`);
    expect(neutralSiteLoads(browser()), 'loads of the neutral site').toBe(1);
  });

  it('is not needed for a words file that fails: the page carries its own words, and another language opens as its own page', async () => {
    page = await browser().newPage();
    await page.route(/\/assets\/translation-[^/]+\.json$/, (route) => route.fulfill({ status: 503, body: '' }));
    await openApp(page, '/uk/');
    await walk(page, [['danger', 'no']], 'role');
    // The heading is the question, then its progress on a line of its own.
    const heading = async () => (await page.locator('main h1').innerText()).split('\n')[0];
    expect(await heading()).toBe(tr('uk', 'question.role.title'));
    // English words cannot be fetched: the English page, which carries them, opens instead.
    await page.locator('[data-lang="en"]').click();
    await page.waitForURL(/\/en\/$/);
    await expectScreen(page, 'danger');
    await expect.poll(heading).toBe(tr('en', 'question.danger.title'));
  });
});

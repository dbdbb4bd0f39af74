// Shared helpers for the real-browser tests: a Chromium with a request watcher, and steps that drive the
// page only through the page contract of SPEC.md (data-question, data-option, data-screen, ...).
import { readFileSync } from 'node:fs';
import type { Browser as Chromium, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, expect, inject } from 'vitest';
import type { ChromiumOptions } from '../../scripts/chromium.ts';
import { connectSharedChromium } from '../../scripts/sharedChromium.ts';
import { wordFiles } from '../../src/i18n/wordFiles.ts';

export type Language = 'nl' | 'uk' | 'en';
export const LANGUAGES: Language[] = ['nl', 'uk', 'en'];

export const appUrl = (): string => inject('appUrl');
export const appOrigin = (): string => new URL(appUrl()).origin;

/** The neutral site quick exit goes to; routed in the tests, never really fetched. */
export const NEUTRAL_SITE = 'https://www.buienradar.nl/';

// ---------------------------------------------------------------------------------------------------------
// Translations, read from locales/ so that the tests check the language without copying its texts.

const bundles = new Map<Language, unknown>();
export function tr(language: Language, key: string): string {
  if (!bundles.has(language)) {
    const read = (file: string) => JSON.parse(readFileSync(new URL(`../../locales/${language}/${file}.json`, import.meta.url), 'utf8'));
    bundles.set(language, Object.assign({}, ...wordFiles.map(read)));
  }
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundles.get(language));
  if (typeof value !== 'string') throw new Error(`No translation ${key} in locales/${language}`);
  return value;
}

/** The words of `key` as a screen reader says them: filled in, without the marks of Dutch or hidden words. */
export const said = (language: Language, key: string, values: Record<string, string | number> = {}) =>
  tr(language, key)
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]))
    .replace(/<\/?(nl|hidden)>/g, '');

// ---------------------------------------------------------------------------------------------------------
// The browser: one Chromium for the whole run (started by globalSetup.ts), connected to once per test file
// (withBrowser closes the connection after the file), and a fresh context of it (a profile of its own) per
// test, with a watcher on every request it makes.

export type WatchedRequest = { url: string; method: string; type: string; serviceWorker: boolean };

let shared: Promise<Chromium> | undefined;
const sharedChromium = () => (shared ??= connectSharedChromium(inject('chromiumEndpoint')));
async function disconnect() {
  const connection = shared;
  shared = undefined;
  if (connection) await (await connection).close();
}

export class Browser {
  /** Every request since the last check. */
  requests: WatchedRequest[] = [];
  /** Uncaught errors, and requests blocked by the Content-Security-Policy, since the last check. */
  errors: string[] = [];
  private allowed = new Set<string>();

  private constructor(readonly context: BrowserContext) {
    context.on('request', (request) => {
      this.requests.push({
        url: request.url(),
        method: request.method(),
        type: request.resourceType(),
        serviceWorker: Boolean(request.serviceWorker()),
      });
    });
    context.on('page', (page) => this.watchPage(page));
    for (const page of context.pages()) this.watchPage(page);
  }

  /** A fresh context of the shared Chromium: a desktop with a mouse, or a touch `phone`, 360 × 740 unless told. */
  static async open(options: ChromiumOptions = {}): Promise<Browser> {
    const context = await (
      await sharedChromium()
    ).newContext({
      locale: options.locale ?? 'nl-NL',
      viewport: options.viewport ?? { width: 360, height: 740 },
      ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
      serviceWorkers: options.serviceWorkers ?? 'allow',
      javaScriptEnabled: options.javaScript ?? true,
    });
    return new Browser(context);
  }

  private watchPage(page: Page) {
    page.on('pageerror', (error) => this.errors.push(`${page.url()}: ${error.message}`));
    // A request the page's Content-Security-Policy blocked never shows as a request: count the attempt.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        this.errors.push(`${page.url()}: ${message.text()}`);
      }
    });
  }

  /** Lets requests to this origin pass the watcher (only the routed quick-exit target needs it). */
  allowOrigin(origin: string) {
    this.allowed.add(origin);
  }

  /** Requests whose origin is neither the app's nor an allowed one. */
  foreignRequests(): WatchedRequest[] {
    const app = appOrigin();
    return this.requests.filter((request) => {
      if (request.url.startsWith('data:') || request.url.startsWith('blob:')) return false;
      const origin = new URL(request.url).origin;
      return origin !== app && !this.allowed.has(origin);
    });
  }

  /** Fails when any request left the app's origin, or a page threw; then starts a fresh record. */
  checkAndReset() {
    const foreign = this.foreignRequests().map((r) => `${r.method} ${r.url}`);
    const errors = this.errors;
    this.requests = [];
    this.errors = [];
    expect(foreign, 'requests to another origin than the app').toEqual([]);
    expect(errors, 'uncaught errors, or requests blocked by the CSP, in the page').toEqual([]);
  }

  private pages: Page[] = [];

  async newPage(): Promise<Page> {
    const page = await this.context.newPage();
    page.setDefaultTimeout(10_000);
    this.pages.push(page);
    return page;
  }

  /** After a test: back online, its pages closed, and the request watcher checked. */
  async finishTest() {
    await this.context.setOffline(false);
    await Promise.all(this.pages.splice(0).map((page) => page.close()));
    this.checkAndReset();
  }

  async close() {
    await this.context.close();
  }
}

/** How slowly the routed neutral site answers: slower than quick exit's 300 ms stand-in for Back's popstate. */
const NEUTRAL_SITE_MS = 400;

/**
 * Serves the neutral site quick exit goes to (never really fetched), after 400 ms, as a slow phone gets it: a
 * second replace() meanwhile would start its load again, which neutralSiteLoads counts.
 */
export async function routeNeutralSite(browser: Browser) {
  browser.allowOrigin(new URL(NEUTRAL_SITE).origin);
  await browser.context.route(`${NEUTRAL_SITE}**`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, NEUTRAL_SITE_MS));
    // A load that a second replace() cancelled meanwhile can no longer be answered: counted, not answered.
    await route.fulfill({ body: '<!doctype html><title>weer</title><p>Het weer</p>', contentType: 'text/html' }).catch(() => {});
  });
}

/** How often a page of the neutral site was asked for since the last check: once per quick exit. */
export const neutralSiteLoads = (browser: Browser) =>
  browser.requests.filter((request) => request.url.startsWith(NEUTRAL_SITE) && request.type === 'document').length;

// ---------------------------------------------------------------------------------------------------------
// Screens.

/** The screen shown: a question id, or acute / result / safety / error; undefined when none is. */
export async function screenOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const question = document.querySelector('[data-question]');
    if (question) return question.getAttribute('data-question') ?? undefined;
    return document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? undefined;
  });
}

export const screenSelector = (screen: string) =>
  ['acute', 'result', 'safety', 'error'].includes(screen) ? `[data-screen="${screen}"]` : `[data-question="${screen}"]`;

/** Waits until `screen` is shown; fails naming the screen that is shown instead. */
export async function expectScreen(page: Page, screen: string, timeout = 10_000) {
  try {
    await page.locator(screenSelector(screen)).first().waitFor({ state: 'visible', timeout });
    // The result draws its head first and the rest a moment later (src/ui/screens/ResultScreen.tsx): whole.
    if (screen === 'result')
      await page
        .locator(`${screenSelector(screen)}:not([data-drawing])`)
        .first()
        .waitFor({ timeout });
  } catch {
    const actual = await screenOf(page).catch(() => 'unknown (page not readable)');
    throw new Error(
      `Expected screen "${screen}", but the page shows ${actual === undefined ? 'no screen' : `"${actual}"`} (${page.url()})`,
    );
  }
}

/** Opens an address of the app (a path like "/nl/") and waits until its first screen works. */
/** The entries of this tab's history that are the app's, behind the page shown and ahead of it, and their titles (Chromium's own list). */
export async function appHistory(page: Page): Promise<{ behind: number; ahead: number; titles: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
    const ours = (entry: { url: string }) => entry.url.startsWith(appOrigin());
    return {
      behind: entries.slice(0, currentIndex).filter(ours).length,
      ahead: entries.slice(currentIndex + 1).filter(ours).length,
      titles: entries.filter(ours).map((entry) => entry.title),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * Holds the app's script back until `release()` is called: meanwhile the page is its prerendered first
 * question and the early walker alone (src/early/walker.ts), as on a slow phone.
 */
export async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens an address with the app's script held back (holdAppScript), once its first question shows. */
export async function openEarly(page: Page, path: string): Promise<() => void> {
  const release = await holdAppScript(page);
  await page.goto(new URL(path, appUrl()).href, { waitUntil: 'commit' });
  await page.locator('[data-question]').waitFor();
  return release;
}

export async function openApp(page: Page, path: string) {
  await page.goto(new URL(path, appUrl()).href);
  await waitForApp(page);
}

/**
 * Waits until the screen is drawn by the running app, not just present in the HTML: the language pages
 * carry a prerendered first question that does nothing until React has taken it over (hydrated). There is
 * no page hook for that moment, so this looks for the fiber React attaches to the elements it owns.
 */
export async function waitForApp(page: Page, timeout = 10_000) {
  const screen = page.locator('[data-question], [data-screen]').first();
  await screen.waitFor({ state: 'visible', timeout });
  try {
    await page.waitForFunction(
      () => {
        const element = document.querySelector('[data-question], [data-screen]');
        return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
      },
      undefined,
      { timeout },
    );
  } catch {
    throw new Error(`The screen at ${page.url()} was shown but never taken over by the app (no React hydration within ${timeout} ms)`);
  }
}

export type Step = [question: string, option: string];

/**
 * Waits until the page has drawn twice since now: whatever the input before did (a tap's click, a key's
 * handler, React's update) has been carried out and painted. For checks that something did NOT happen.
 */
export const settled = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Answers the question on screen (which must be `question`) and waits until that screen is gone. */
export async function answer(page: Page, question: string, option: string, municipalityQuery = 'Staph') {
  await expectScreen(page, question);
  if (question === 'municipality' && option !== 'unknown') {
    await pickMunicipality(page, municipalityQuery, option);
  } else {
    await page.locator(`[data-option="${question}:${option}"]`).click();
  }
  await page.locator(`[data-question="${question}"]`).waitFor({ state: 'detached' });
}

/** Types into the municipality combobox and clicks the match with this CBS code. */
export async function pickMunicipality(page: Page, query: string, code: string) {
  const box = page.locator('[role="combobox"]');
  await box.fill('');
  await box.pressSequentially(query);
  await page.locator(`[data-option="municipality:${code}"]`).click();
}

/** Answers each step in turn; `expectAfter` is the screen the last answer must lead to. */
export async function walk(page: Page, steps: Step[], expectAfter?: string) {
  for (const [question, option] of steps) await answer(page, question, option);
  if (expectAfter) await expectScreen(page, expectAfter);
}

/** The path of the brief: a host worried about a child of 4-12 at home, the suspect a parent, in Staphorst. */
export const STAPHORST_PATH: Step[] = [
  ['danger', 'no'],
  ['role', 'host'],
  ['age', '4-12'],
  ['concern', 'home-violence'],
  ['suspect', 'parent'],
  ['municipality', 'GM0180'],
];

/** The distinctive answer values of STAPHORST_PATH: none of them may appear in a URL or the title. */
export const STAPHORST_ANSWER_VALUES = ['host', '4-12', 'home-violence', 'parent', 'GM0180', 'Staphorst'];

export const attributeValues = (page: Page, selector: string, attribute: string) =>
  page.locator(selector).evaluateAll((elements, name) => elements.map((e) => e.getAttribute(name) ?? ''), attribute);

export const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
export const pathOf = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash;
/** The heading as seen: without the words only a screen reader hears (the progress, see QuestionScreen). */
export const headingText = (page: Page) =>
  page
    .locator('main h1')
    .first()
    .evaluate((h1) => {
      const seen = h1.cloneNode(true) as HTMLElement;
      seen.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return seen.textContent ?? '';
    })
    .then((text) => text.trim());

/**
 * A fresh context of the shared Chromium for each test (in `locale`, prepared by `prepare`), its requests
 * checked after the test and the context closed. Returns the test's browser, for use inside tests and hooks.
 */
export function withBrowser(
  options: Omit<ChromiumOptions, 'viewport'> & { prepare?: (browser: Browser) => Promise<void> } = {},
): () => Browser {
  let browser: Browser | undefined;
  beforeEach(async () => {
    const { prepare: _, ...context } = options;
    browser = await Browser.open(context);
    await options.prepare?.(browser);
  });
  afterEach(async () => {
    const finished = browser;
    browser = undefined;
    try {
      await finished?.finishTest();
    } finally {
      await finished?.close();
    }
  });
  // Here, not at the top of this module: the files of a worker share its modules (isolate: false in
  // vitest.config.ts), so a hook there would be registered for the first file only.
  afterAll(disconnect);
  return () => {
    if (!browser) throw new Error('withBrowser: the browser is not started yet (use it inside a test or hook)');
    return browser;
  };
}

// ---------------------------------------------------------------------------------------------------------
// The accessibility tree, as Chromium gives it to screen readers (CDP's Accessibility domain): what is said,
// not which classes the page uses.

export type AxNode = {
  role: string;
  name: string;
  description: string;
  properties: Record<string, unknown>;
  children: AxNode[];
};

type CdpAxNode = {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
};

/** The whole tree, ignored nodes left out (their children hang on the nearest node that is not ignored). */
export async function axTree(page: Page): Promise<AxNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: CdpAxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const build = (node: CdpAxNode): AxNode[] => {
      const children = (node.childIds ?? []).flatMap((id) => (byId.has(id) ? build(byId.get(id)!) : []));
      if (node.ignored) return children;
      const properties = Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value]));
      return [
        { role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '', properties, children },
      ];
    };
    const [root] = build(nodes[0]);
    return root;
  } finally {
    await cdp.detach();
  }
}

export const axAll = (node: AxNode, test: (node: AxNode) => boolean): AxNode[] => [
  ...(test(node) ? [node] : []),
  ...node.children.flatMap((child) => axAll(child, test)),
];

/** The words of a node and everything in it, as the text a screen reader reads there. */
export const axText = (node: AxNode): string =>
  node.role === 'StaticText' ? node.name : node.children.map(axText).join('').replace(/\s+/g, ' ');

export const LANDMARK_ROLES = ['banner', 'navigation', 'main', 'contentinfo', 'region', 'complementary', 'form', 'search'];
/** The landmarks, as "role name". */
export async function landmarks(page: Page): Promise<string[]> {
  return axAll(await axTree(page), (n) => LANDMARK_ROLES.includes(n.role)).map((n) => `${n.role}${n.name ? ` ${n.name}` : ''}`);
}

/** The node that has focus, as "role: name". */
export async function axFocused(page: Page): Promise<string> {
  // The document says it is focused too when anything in it is: the focused element is the deepest one.
  const node = axAll(await axTree(page), (n) => n.properties.focused === true && n.role !== 'RootWebArea').at(-1);
  return node ? `${node.role}: ${node.name}` : 'nothing (focus is on the page)';
}

/** What the polite live regions (role=status) say now, each as its text. */
export async function axStatus(page: Page): Promise<string[]> {
  return axAll(await axTree(page), (n) => n.role === 'status')
    .map((n) => axText(n).trim())
    .filter(Boolean);
}

/** Passes once some status says `words` (they are what a screen reader announces). */
export async function expectSaid(page: Page, words: string, timeout = 5_000) {
  await expect
    .poll(async () => (await axStatus(page)).some((said) => said.includes(words.trim())), {
      timeout,
      message: `a status saying "${words}"`,
    })
    .toBe(true);
}

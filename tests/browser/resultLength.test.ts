// SPEC.md "The result": on a 360 × 740 phone the first step's call button is on screen without scrolling, and
// the first advice block starts within two screens (1,480 px), on every result. What stands above the advice
// is the 112 block and the first-step cards, so the path walk finds, for each different head of the result,
// the path with the most contacts and advice; each is measured in Chromium in all three languages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentFlow as flow } from '../../src/content/contentFlow.ts';
import { everyPath } from '../../src/content/everyPath.ts';
import type { Answers } from '../../src/engine/schema.ts';
import { aboutOneself } from '../../src/engine/rules.ts';
import { municipalities } from '../../flows/municipalities.ts';
import {
  answer,
  expectScreen,
  headingText,
  htmlLang,
  LANGUAGES,
  openApp,
  pickMunicipality,
  screenOf,
  tr,
  withBrowser,
  type Language,
} from './support.ts';

const SCREEN = 740;
const TWO_SCREENS = 2 * SCREEN;

function longestResults(): { head: string; leading: string[]; answers: Answers }[] {
  const longest = new Map<string, { leading: string[]; answers: Answers; size: number }>();
  for (const { answers, result } of everyPath(flow, municipalities).paths) {
    // 'yes' and 'unsure' end in the same result; 'unsure' gets there without the acute screen.
    if (answers.danger === 'yes') continue;
    // The person themself reads a line more under the first step (the call list), and 112 in other words.
    const self = aboutOneself(flow, answers) ? ' (self)' : '';
    const leading = [...result.urgent, ...result.contacts.slice(0, result.lead)];
    const head = leading.join(' + ') + self;
    const size = result.contacts.length + result.act.length + Object.values(result.points).flat().length;
    if ((longest.get(head)?.size ?? -1) < size) longest.set(head, { leading, answers, size });
  }
  // A head with 112 above it is the same head and more: where both are there, the one with 112 is measured.
  const heads = [...longest.keys()];
  return [...longest]
    .filter(([head]) => head.startsWith('emergency-112') || !heads.includes(`emergency-112 + ${head}`))
    .map(([head, { leading, answers }]) => ({ head, leading, answers }))
    .sort((a, b) => Object.values(a.answers).join(' ').localeCompare(Object.values(b.answers).join(' ')));
}

/** Answers each question asked with its answer in `answers`, until the result; returns the questions answered. */
async function answerUntilResult(page: Page, answers: Answers): Promise<string[]> {
  const answered: string[] = [];
  const shown = async () => {
    await page.locator('[data-question], [data-screen]').first().waitFor();
    return screenOf(page);
  };
  for (let screen = await shown(); screen !== 'result'; screen = await shown()) {
    const option = screen === undefined ? undefined : answers[screen];
    if (screen === undefined || option === undefined)
      throw new Error(`Asked "${screen}", which the path ${JSON.stringify(answers)} does not answer`);
    if (screen !== 'municipality' || option === 'unknown') await answer(page, screen, option);
    else await pickMunicipality(page, municipalities.find(([code]) => code === option)![1], option);
    answered.push(screen);
  }
  await expectScreen(page, 'result');
  return answered;
}

/**
 * From the result of `from` to the result of `to` as a person who changes their answers would: "change" each
 * answer that differs, in the order asked, answering whatever the app asks again (it keeps what still applies).
 */
async function changeTo(page: Page, from: Answers, to: Answers) {
  const current: Answers = { ...from };
  for (const question of Object.keys(to)) {
    if (current[question] === to[question]) continue;
    await page.locator(`[data-change="${question}"]`).click();
    await expectScreen(page, question);
    for (const asked of await answerUntilResult(page, to)) current[asked] = to[asked];
  }
}

/** The result shown is the one of `head`: its 112 block and first steps (`leading`), in that order, lead. */
async function expectHead(page: Page, head: string, leading: string[]) {
  const shown = await page
    .locator('[data-screen="result"] [data-contact]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-contact')));
  expect(shown.slice(0, leading.length), `the result of ${head}`).toEqual(leading);
}

const phone = withBrowser({ phone: true });
const results = longestResults();

describe(`the result leads with what to do, on a 360 × 740 phone (${results.length} heads × 3 languages)`, () => {
  it('covers every first step the flow has, with 112 above it wherever someone may be in danger', () => {
    const heads = results.map((r) => r.head);
    const firstSteps = new Set(flow.firstSteps.map((step) => step.contact));
    for (const contact of firstSteps)
      expect(
        heads.some((head) => head.startsWith(contact) || head.startsWith(`emergency-112 + ${contact}`)),
        contact,
      ).toBe(true);
    // De Kindertelefoon never leads where someone may be in danger (SPEC rule 3): every other one with 112.
    for (const contact of [...firstSteps].filter((c) => c !== 'kindertelefoon'))
      expect(
        heads.some((head) => head.startsWith(`emergency-112 + ${contact}`)),
        contact,
      ).toBe(true);
  });

  // Each head reached once, in the three languages in turn, by changing the answers that differ from the head
  // before (the heads in the order of their answers, so that few differ), and measured in the other two languages
  // after switching the language on the result (the answers stay, the page is drawn again in its words).
  it('in nl, uk and en: the first call button on screen, the first advice block within 1,480 px', async () => {
    const page = await phone().newPage();
    const measured: Record<Language, string[]> = { nl: [], uk: [], en: [] };
    await openApp(page, '/nl/');
    let previous: Answers | undefined;
    for (const [index, { head, leading, answers }] of results.entries()) {
      const walkedIn = LANGUAGES[index % LANGUAGES.length];
      await switchLanguage(page, walkedIn);
      if (previous) await changeTo(page, previous, answers);
      else await answerUntilResult(page, answers);
      await expectHead(page, head, leading);
      for (const language of [walkedIn, ...LANGUAGES.filter((other) => other !== walkedIn)]) {
        if (language !== walkedIn) await switchLanguage(page, language);
        measured[language].push(`${head}: advice at ${await measure(page, `${head}, in ${language}`)} px`);
      }
      previous = answers;
    }
    for (const language of LANGUAGES) console.log(`[${language}] ${measured[language].join('; ')}`);
  }, 180_000);
});

/** Where the first advice block starts, on the result at the top; fails when it or the first call button is too low. */
async function measure(page: Page, what: string): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const call = await page.locator('[data-screen="result"] [data-contact] a[href^="tel:"]').first().boundingBox();
  const advice = await page.locator('[data-advice]').first().boundingBox();
  expect(call, `${what}: a call button`).not.toBeNull();
  expect(call!.y + call!.height, `${what}: the first call button ends on the first screen`).toBeLessThanOrEqual(SCREEN);
  expect(advice!.y, `${what}: the first advice block starts within two screens`).toBeLessThanOrEqual(TWO_SCREENS);
  return Math.round(advice!.y);
}

/** Switches the page's language with its own switch and waits until the screen is drawn whole in its words. */
async function switchLanguage(page: Page, language: Language) {
  if ((await htmlLang(page)) === language) return;
  await page.locator(`[data-lang="${language}"]`).first().click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  const onResult = (await screenOf(page)) === 'result';
  await expect.poll(() => headingText(page)).toBe(tr(language, onResult ? 'ui.result.title' : 'question.danger.title'));
  if (onResult) await expectScreen(page, 'result');
}

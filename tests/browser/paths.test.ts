// Real-browser walks through the check: the acute screen, the browser's Back and Forward, changing an
// answer on the result, and switching language halfway (the full path in each language: fullPath.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  withBrowser,
  STAPHORST_PATH,
  answer,
  attributeValues,
  expectScreen,
  headingText,
  htmlLang,
  openApp,
  pathOf,
  tr,
  walk,
} from './support.ts';

let page: Page;
const browser = withBrowser();

const STAPHORST_CONTACTS = ['veilig-thuis', 'vt-ijsselland', 'staphorst-oekraine'];

async function expectStaphorstResult(page: Page) {
  await expectScreen(page, 'result');
  for (const contact of STAPHORST_CONTACTS) {
    const card = page.locator(`[data-screen="result"] [data-contact="${contact}"]`);
    expect(await card.count(), `contact card ${contact}`).toBe(1);
    expect(await card.locator('a[href^="tel:"]').count(), `a tel: link in contact ${contact}`).toBeGreaterThan(0);
  }
  // Safe by default: the host does not raise it with the parent; the regional Veilig Thuis is the first step.
  expect(await page.locator('[data-screen="result"] [data-contact]').first().getAttribute('data-contact')).toBe('vt-ijsselland');
  for (const advice of ['do-not-confront', 'talk-to-child-safely']) {
    expect(await page.locator(`[data-advice="${advice}"]`).count(), `advice block ${advice}`).toBe(1);
  }
}

// The Change links of a result without the form-of-exploitation question, in flow order.
const ALL_QUESTIONS_BUT_THE_FORM = ['danger', 'role', 'age', 'concern', 'suspect', 'municipality'];

describe('acute screen', () => {
  it('danger:yes shows the acute screen with 112; carrying on asks the role', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await answer(page, 'danger', 'yes');
    await expectScreen(page, 'acute');
    const call112 = page.locator('[data-screen="acute"] a[href="tel:112"]');
    expect(await call112.count(), 'a tel:112 link on the acute screen').toBeGreaterThan(0);
    await expect.poll(() => call112.first().isVisible()).toBe(true);

    await page.locator('[data-continue]').click();
    await expectScreen(page, 'role');
  });
});

describe("the browser's Back", () => {
  it('goes back one question at a time, keeping the answers; Forward is no way back into them', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH.slice(0, 3), 'concern');

    for (const previous of ['age', 'role', 'danger']) {
      await page.goBack();
      await expectScreen(page, previous);
      expect(pathOf(page)).toBe('/nl/');
    }
    // One history (tests/browser/history.test.ts): Back is handled inside the visit's entries, so there is
    // no entry per question to go forward to; Forward leaves the first question where it is.
    await page.goForward().catch(() => null);
    await expect.poll(() => page.evaluate(() => (window.history.state as { pluis?: string } | null)?.pluis)).toBe('first');
    await expectScreen(page, 'danger');
    // The answers survived the trip: the answer is still marked, and the same answer again goes on to the
    // first question not yet answered.
    expect(await page.locator('[data-option="danger:no"].chosen').count()).toBe(1);
    await answer(page, 'danger', 'no');
    await walk(page, STAPHORST_PATH.slice(3), 'result');
    await expectStaphorstResult(page);

    // Back from the result shows the last question.
    await page.goBack();
    await expectScreen(page, 'municipality');
  });
});

describe('changing an answer on the result', () => {
  it('keeps answers that still apply and asks again what was dropped', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(
      page,
      [
        ['danger', 'no'],
        ['role', 'neighbour'],
        ['age', '4-12'],
        ['concern', 'neglect'],
        ['suspect', 'parent'],
        ['municipality', 'GM0180'],
      ],
      'result',
    );
    expect(await page.locator('[data-advice="talk-to-child-safely"]').count()).toBe(1);
    expect(await page.locator('[data-advice="about-neglect"]').count()).toBe(1);

    // 4-12 → 0-4: neglect still applies, so straight back to the result.
    await page.locator('[data-change="age"]').click();
    await answer(page, 'age', '0-4');
    await expectScreen(page, 'result');
    await expect.poll(() => page.locator('[data-screen="result"]').innerText()).toContain(tr('nl', 'question.age.option.0-4'));
    expect(await page.locator('[data-advice="about-neglect"]').count()).toBe(1);

    // 0-4 → adult: neglect is not offered for adults, so the concern is asked again.
    await page.locator('[data-change="age"]').click();
    await answer(page, 'age', 'adult');
    await expectScreen(page, 'concern');
    expect(await page.locator('[data-option="concern:neglect"]').count(), 'neglect offered for an adult').toBe(0);
    await answer(page, 'concern', 'home-violence');
    // The suspect and the municipality still apply: no need to answer them again.
    await expectScreen(page, 'result');
    const result = page.locator('[data-screen="result"]');
    expect(await result.innerText()).toContain(tr('nl', 'question.age.option.adult'));
    expect(await page.locator('[data-advice="about-neglect"]').count(), 'advice about neglect after changing the concern').toBe(0);
    expect(await page.locator('[data-advice="about-home-violence"]').count()).toBe(1);
    expect(await page.locator('[data-advice="talk-to-child-safely"]').count(), 'child advice for an adult').toBe(0);
    expect(await attributeValues(page, '[data-change]', 'data-change')).toEqual(ALL_QUESTIONS_BUT_THE_FORM);
    expect(await attributeValues(page, '[data-screen="result"] [data-contact]', 'data-contact')).toEqual(
      expect.arrayContaining(STAPHORST_CONTACTS),
    );
  });
});

describe('switching language halfway', () => {
  it('keeps the answers, the question and moves to /uk/', async () => {
    page = await browser().newPage();
    await openApp(page, '/nl/');
    await walk(page, STAPHORST_PATH.slice(0, 3), 'concern');
    expect(await headingText(page)).toBe(tr('nl', 'question.concern.title'));

    await page.locator('[data-lang="uk"]').click();
    await expect.poll(() => htmlLang(page)).toBe('uk');
    await expectScreen(page, 'concern');
    await expect.poll(() => headingText(page)).toBe(tr('uk', 'question.concern.title'));
    expect(pathOf(page)).toBe('/uk/');
    expect(await page.title()).toContain(tr('uk', 'question.concern.title'));

    await walk(page, STAPHORST_PATH.slice(3), 'result');
    await expectStaphorstResult(page);
    expect(await htmlLang(page)).toBe('uk');
    expect(pathOf(page)).toBe('/uk/');
    expect(await headingText(page)).toBe(tr('uk', 'ui.result.title'));
    const text = await page.locator('[data-screen="result"]').innerText();
    // The answers given in Dutch are there, in Ukrainian.
    expect(text).toContain(tr('uk', 'question.role.option.host'));
    expect(text).toContain(tr('uk', 'question.age.option.4-12'));
    expect(await attributeValues(page, '[data-change]', 'data-change')).toEqual(ALL_QUESTIONS_BUT_THE_FORM);
    expect((await attributeValues(page, '[data-screen="result"] [data-contact]', 'data-contact')).sort()).toEqual(
      [...STAPHORST_CONTACTS].sort(),
    );
  });
});

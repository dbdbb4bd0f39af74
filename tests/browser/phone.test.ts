// A phone in a hurry: one tap is one answer (a double tap or double click never answers the next
// question; the keyboard is not slowed down), and on a 360 × 740 phone every result shows a call button
// without scrolling. Built app, Chromium as a touch phone and as a desktop with a mouse.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectScreen, openApp, pickMunicipality, screenOf, settled, withBrowser, walk } from './support.ts';

const phone = withBrowser({ phone: true });
const desktop = withBrowser();

/** The middle of a control, scrolled into view, in screen coordinates (where a finger lands). */
const centre = async (page: Page, selector: string) => {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
/**
 * Two taps of one finger on one spot, the second `gap` ms after the first, each stamped with the moment the
 * finger touched, as a phone stamps them: Playwright's touchscreen.tap stamps a tap when it is sent, and on a
 * busy machine (three test files at a time on 2 cores) the second could be sent long after the first.
 */
async function doubleTap(page: Page, { x, y }: { x: number; y: number }, gap: number) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const first = Date.now();
    for (const at of [first, first + gap]) {
      await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
      const timestamp = at / 1000;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }], timestamp });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp });
    }
  } finally {
    await cdp.detach();
  }
}
const chosen = (page: Page) => page.locator('[data-question] .option.chosen').count();

describe('one tap, one answer', () => {
  it('a double tap on "Nee" answers the danger question only', async () => {
    const page = await phone().newPage();
    await openApp(page, '/nl/');
    // A double tap: the second finger 80 ms after the first.
    await doubleTap(page, await centre(page, '[data-option="danger:no"]'), 80);
    await settled(page);
    expect(await screenOf(page)).toBe('role');
    expect(await chosen(page), 'an answer on the role question that the user never chose').toBe(0);
  });

  it('a double tap on two further questions answers each of them once', async () => {
    const page = await phone().newPage();
    await openApp(page, '/nl/');
    await walk(
      page,
      [
        ['danger', 'no'],
        ['role', 'neighbour'],
      ],
      'age',
    );
    for (const [option, next] of [
      ['age:adult', 'concern'],
      ['concern:stalking', 'suspect'],
    ]) {
      await doubleTap(page, await centre(page, `[data-option="${option}"]`), 100);
      await settled(page);
      expect(await screenOf(page)).toBe(next);
      expect(await chosen(page)).toBe(0);
    }
  });

  it('a mouse double click answers one question only, on two different questions', async () => {
    const page = await desktop().newPage();
    await openApp(page, '/nl/');
    await page.locator('[data-option="danger:no"]').dblclick();
    await settled(page);
    expect(await screenOf(page)).toBe('role');
    await page.locator('[data-option="role:host"]').dblclick();
    await settled(page);
    expect(await screenOf(page)).toBe('age');
    expect(await chosen(page)).toBe(0);
  });

  it('the keyboard answers at once, one question after another', async () => {
    const page = await desktop().newPage();
    await openApp(page, '/nl/');
    await page.locator('[data-option="danger:no"]').focus();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'role');
    // Straight on, without waiting: Tab to the first answer and press Enter.
    await page.locator('[data-option="role:host"]').focus();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'age');
    await page.locator('[data-option="age:adult"]').focus();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'concern');
  });
});

describe('the result on a 360 × 740 phone', () => {
  const results: [string, [string, string][], string?][] = [
    [
      'danger unsure, trafficking in IJsselland',
      [
        ['danger', 'unsure'],
        ['role', 'host'],
        ['age', 'adult'],
        ['concern', 'loverboy'],
        ['suspect', 'online'],
      ],
      'GM0193',
    ],
    [
      'labour exploitation in Utrecht',
      [
        ['danger', 'no'],
        ['role', 'neighbour'],
        ['age', 'adult'],
        ['concern', 'exploitation'],
        ['exploitation-form', 'labour'],
        ['suspect', 'employer'],
      ],
      'GM0344',
    ],
    [
      'a teenager about themselves',
      [
        ['danger', 'no'],
        ['role', 'self'],
        ['age', '12-18'],
        ['concern', 'sexual'],
        ['sexual-when', 'earlier'],
        ['suspect', 'online'],
      ],
    ],
    [
      'forced marriage, professional',
      [
        ['danger', 'no'],
        ['role', 'professional'],
        ['age', '12-18'],
        ['concern', 'forced-marriage'],
        ['suspect', 'family'],
      ],
    ],
  ];
  it.each(results)('%s: the first call button is on screen without scrolling', async (_name, steps, code) => {
    const page = await phone().newPage();
    await openApp(page, '/uk/');
    await walk(page, steps, 'municipality');
    if (code) await pickMunicipality(page, code === 'GM0193' ? 'Зволле' : 'Утрехт', code);
    else await page.locator('[data-option="municipality:unknown"]').tap();
    await expectScreen(page, 'result');
    await page.evaluate(() => window.scrollTo(0, 0));
    const call = page.locator('[data-screen="result"] [data-contact] a[href^="tel:"]').first();
    const box = await call.boundingBox();
    expect(box, 'a call button').not.toBeNull();
    expect(box!.y + box!.height, 'the first call button ends within the 740 px screen').toBeLessThanOrEqual(740);
  });
});

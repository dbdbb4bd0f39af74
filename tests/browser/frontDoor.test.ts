// The bare address "/", where most people arrive from a shared link or a search: the first question is in
// its HTML (also with JavaScript off), and a browser that prefers Ukrainian or English lands on its own
// language before the first paint, leaving one address in the history.
import { describe, expect, it } from 'vitest';
import { appUrl, headingText, htmlLang, openApp, pathOf, tr, withBrowser } from './support.ts';

const noScript = withBrowser({ javaScript: false });
const ukrainian = withBrowser({ locale: 'uk-UA' });

describe('the bare address /', () => {
  it('shows the Dutch first question with JavaScript off', async () => {
    const page = await noScript().newPage();
    await page.goto(new URL('/', appUrl()).href);
    const question = page.locator('[data-question="danger"]');
    expect(await question.isVisible()).toBe(true);
    expect(await headingText(page)).toBe(tr('nl', 'question.danger.title'));
    expect(await page.locator('[data-option="danger:no"]').isVisible()).toBe(true);
  });

  it('sends a Ukrainian browser to /uk/ with one entry in the history', async () => {
    const page = await ukrainian().newPage();
    await openApp(page, '/');
    expect(pathOf(page)).toBe('/uk/');
    expect(await htmlLang(page)).toBe('uk');
    expect(await headingText(page)).toBe(tr('uk', 'question.danger.title'));
    // "/" was replaced, not kept: Back leaves the app (to the blank page the test browser began on).
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });
});

// The municipality list that did not load: the screen says so, offers "I don't know" and a control to
// try again, which works once the network is back. No service worker here, so every request goes out.
import { describe, expect, it } from 'vitest';
import { expectScreen, openApp, pickMunicipality, tr, withBrowser, walk } from './support.ts';

const browser = withBrowser({ serviceWorkers: 'block' });

describe('the municipality list with the network cut and restored', () => {
  it('says it failed, offers "I don\'t know" and loads again with data-retry', async () => {
    const page = await browser().newPage();
    await openApp(page, '/nl/');
    await browser().context.setOffline(true);
    await walk(
      page,
      [
        ['danger', 'no'],
        ['role', 'neighbour'],
        ['age', 'adult'],
        ['concern', 'stalking'],
        ['suspect', 'other'],
      ],
      'municipality',
    );
    await expect
      .poll(() => page.locator('[data-question="municipality"] [role="status"]').innerText())
      .toBe(tr('nl', 'ui.municipality.loadError'));
    expect(await page.locator('[data-option="municipality:unknown"]').isVisible()).toBe(true);
    const retry = page.locator('[data-retry]');
    expect(await retry.isVisible()).toBe(true);

    // Still offline: trying again fails again, and says so.
    await retry.click();
    await expect.poll(() => retry.isVisible()).toBe(true);

    await browser().context.setOffline(false);
    await retry.click();
    await expect.poll(() => retry.count()).toBe(0);
    await pickMunicipality(page, 'Staph', 'GM0180');
    await expectScreen(page, 'result');
    // The result's words failed to load offline too: the result loads them again, now the network is back.
    await expect.poll(() => page.locator('[data-contact="staphorst-oekraine"]').count()).toBe(1);
  });
});

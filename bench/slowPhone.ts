import type { BrowserContext, Page } from 'playwright-core';

/** The phone of the timed runs. 400 kbit/s = 50,000 bytes/s. */
export const SLOW_PHONE = {
  network: { name: 'Slow 3G-like: 400 ms latency, 400 kbit/s down, 400 kbit/s up', latency: 400, down: 50_000, up: 50_000 },
  cpuSlowdown: 4,
};

const CONDITIONS = {
  offline: false,
  latency: SLOW_PHONE.network.latency,
  downloadThroughput: SLOW_PHONE.network.down,
  uploadThroughput: SLOW_PHONE.network.up,
};

/**
 * Slows the page's network and CPU down (CDP), and those of every worker it starts. Returns the browser's
 * version and the kinds of workers slowed down so far (the list grows while the page runs).
 */
export async function slowDown(context: BrowserContext, page: Page): Promise<{ browser: string; workers: string[] }> {
  const cdp = await context.newCDPSession(page);
  // A service worker (or other worker) fetches on its own target, which the page's emulation does not slow
  // down: attach to each one before it starts (page-level auto-attach, non-flat sessions) and slow it too.
  let messageId = 0;
  const workers: string[] = [];
  const toTarget = (sessionId: string, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: (messageId += 1), method, params }) });
  cdp.on('Target.attachedToTarget', (event) => {
    workers.push(event.targetInfo.type);
    void (async () => {
      await toTarget(event.sessionId, 'Network.enable');
      await toTarget(event.sessionId, 'Network.emulateNetworkConditions', CONDITIONS);
      await toTarget(event.sessionId, 'Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
      await toTarget(event.sessionId, 'Runtime.runIfWaitingForDebugger');
    })().catch(() => undefined);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', CONDITIONS);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  const version = await cdp.send('Browser.getVersion').catch(() => undefined);
  return { browser: version?.product ?? 'Chromium', workers };
}

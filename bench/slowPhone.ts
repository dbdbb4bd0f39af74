import type { BrowserContext, Page } from 'playwright-core';

/** A phone of the timed runs: its CPU slowdown and, unless its network is fast, the network's throttling. */
export type Phone = {
  name: string;
  network?: { name: string; latency: number; down: number; up: number };
  cpuSlowdown: number;
};

/** The phone of most timed runs. 400 kbit/s = 50,000 bytes/s. */
export const SLOW_PHONE: Phone = {
  name: 'slow phone',
  network: { name: 'Slow 3G-like: 400 ms latency, 400 kbit/s down, 400 kbit/s up', latency: 400, down: 50_000, up: 50_000 },
  cpuSlowdown: 4,
};

/**
 * The same CPU on a fast network (the machine's own, unthrottled): what the whole path costs in the
 * browser's work alone, where the load → result budget holds (issue 19: "on a fast network ... 4× CPU").
 */
export const FAST_NETWORK: Phone = { name: 'fast network', cpuSlowdown: 4 };

/** How a phone is described in the report: "4× CPU slowdown, Slow 3G-like: …". */
export const describePhone = (phone: Phone) =>
  `${phone.cpuSlowdown}× CPU slowdown, ${phone.network ? `${phone.network.name} (CDP)` : 'network not throttled'}`;

/**
 * Slows the page's network and CPU down (CDP) as `phone` says, and those of every worker it starts. Returns
 * the browser's version and the kinds of workers slowed down so far (the list grows while the page runs).
 */
export async function slowDown(context: BrowserContext, page: Page, phone: Phone): Promise<{ browser: string; workers: string[] }> {
  const conditions = phone.network && {
    offline: false,
    latency: phone.network.latency,
    downloadThroughput: phone.network.down,
    uploadThroughput: phone.network.up,
  };
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
      if (conditions) {
        await toTarget(event.sessionId, 'Network.enable');
        await toTarget(event.sessionId, 'Network.emulateNetworkConditions', conditions);
      }
      await toTarget(event.sessionId, 'Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
      await toTarget(event.sessionId, 'Runtime.runIfWaitingForDebugger');
    })().catch(() => undefined);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  if (conditions) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', conditions);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
  const version = await cdp.send('Browser.getVersion').catch(() => undefined);
  return { browser: version?.product ?? 'Chromium', workers };
}

// Every link and button is named by what it shows (WCAG 2.5.3, label in name): a voice-control user who says
// the words on a control reaches it. The name, as Chromium gives it to screen readers, must contain the
// control's visible text whole — a call link shows "Bel 0800-2000" and is named "Bel 0800-2000, Veilig Thuis".
// Text a control points to as its description (an answer's hint) is not part of its label, nor is a decorative
// mark hidden from screen readers. Checked on every kind of screen: the first question before the script
// (names.test.ts), each screen of the whole walk in each language (fullPath.test.ts) and the error screen
// (a11y.test.ts).
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A control's words on screen: its text nodes, leaving out visually hidden ones and its description. */
function shownText(this: Element): string {
  const described = (this.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('.visually-hidden')) continue;
    if (described.some((id) => parent.closest(`[id="${id}"]`))) continue;
    // A mark hidden from screen readers that no one can say ("‹ " before "Back") is not part of the label.
    if (parent.closest('[aria-hidden="true"]') && !/[\p{L}\p{N}]/u.test(node.textContent ?? '')) continue;
    if (!parent.getClientRects().length || getComputedStyle(parent).visibility !== 'visible') continue;
    parts.push(node.textContent ?? '');
  }
  return parts.join('');
}

/**
 * As a voice-control user says it: spaces of any kind one space, no word joiners, one case, no space before a
 * comma (Chromium puts one between a link's text and a visually hidden part, which is positioned apart).
 */
export const spoken = (text: string) =>
  text
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',')
    .trim()
    .toLocaleLowerCase();

export type Control = { html: string; shown: string; name: string };

/** Every link and button drawn on the page, with its visible text and its accessible name. */
async function controls(page: Page): Promise<Control[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'a[href], button' });
    const found: Control[] = [];
    for (const nodeId of nodeIds) {
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function () {
          if (!this.getClientRects().length) return null;
          return { html: this.outerHTML.slice(0, 100), shown: (${shownText.toString()}).call(this) };
        }`,
        returnByValue: true,
      });
      const drawn = result.value as { html: string; shown: string } | null;
      if (!drawn) continue;
      const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
        nodes: { ignored: boolean; name?: { value: string } }[];
      };
      if (nodes[0]?.ignored) continue;
      found.push({ ...drawn, name: nodes[0]?.name?.value ?? '' });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

/** Checks every control on the screen shown; returns them. */
export async function expectNamedByWhatTheyShow(page: Page, screen: string): Promise<Control[]> {
  const all = await controls(page);
  const wrong = all
    .filter(({ shown, name }) => spoken(shown) && !spoken(name).includes(spoken(shown)))
    .map(({ html, shown, name }) => `${screen}: shows "${spoken(shown)}", named "${name}" (${html})`);
  expect(wrong, `controls on ${screen} whose name does not contain what they show`).toEqual([]);
  // Not an empty check: the screen has its quick exit, languages and own controls.
  expect(all.length, `controls found on ${screen}`).toBeGreaterThan(4);
  return all;
}

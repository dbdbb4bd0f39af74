// axe-core on a screen, and the report of a walk's screens: every violation fails the test, named by its screen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from './support.ts';

export type AxeSummary = { screen: string; violations: string[]; passes: number; incomplete: string[] };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's rules on the page as it is now. axe-core is put into the page once per document and run there
 * (axe.run). @axe-core/playwright's AxeBuilder, used before, put it in again on every call and finished each
 * run in a blank page of its own, for frames of other origins; the app has no frames (asserted), so the
 * results are the same (the same rules passed on every screen) at a tenth of the time.
 */
export async function axe(page: Page, screen: string): Promise<AxeSummary> {
  expect(page.frames().length, `${screen}: a page without frames (axe.run would not look into them)`).toBe(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run());
  return {
    screen,
    violations: results.violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact}) at ${JSON.stringify(node.target)}: ${v.help}`),
    ),
    passes: results.passes.length,
    incomplete: results.incomplete.map((v) => `${v.id} ×${v.nodes.length}`),
  };
}

export function reportAxe(language: Language, summaries: AxeSummary[]) {
  console.log(
    `axe-core, ${language}:\n` +
      summaries
        .map(
          (s) =>
            `  ${s.screen}: ${s.violations.length} violations, ${s.passes} rules passed` +
            (s.incomplete.length ? `, needs review: ${s.incomplete.join(', ')}` : ''),
        )
        .join('\n'),
  );
  const violations = summaries.flatMap((s) => s.violations.map((v) => `[${language}] ${s.screen}: ${v}`));
  expect(violations, `axe violations:\n${violations.join('\n')}\n`).toEqual([]);
}

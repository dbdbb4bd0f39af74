// axe-core on a screen, and the report of a walk's screens: every violation fails the test, named by its screen.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from './support.ts';

export type AxeSummary = { screen: string; violations: string[]; passes: number; incomplete: string[] };

export async function axe(page: Page, screen: string): Promise<AxeSummary> {
  const results = await new AxeBuilder({ page }).analyze();
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

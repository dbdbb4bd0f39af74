// What flows:check says about a copy of the content that a fixture (tests/fixtures/broken/) breaks in one place:
// shared by the two test files that run the fixtures (tests/brokenContent.test.ts, tests/brokenContentHalf.test.ts).
import { describe, expect, it } from 'vitest';
import { checkFlow } from '../src/content/checkFlow.ts';
import { checkLocales, flatten } from '../src/content/checkLocales.ts';
import { checkNaming } from '../src/content/checkNaming.ts';
import { languages } from '../src/i18n/languages.ts';
import { flowFilesFromModules, readDutchTerms, readLocales, readSameAsDutch, readUiSource } from '../src/content/loadContent.ts';
import { formatProblem } from '../src/content/problem.ts';
import type { BrokenFixture, Content } from './fixtures/brokenFixture.ts';

const fixtures = Object.entries(import.meta.glob<{ default: BrokenFixture }>('./fixtures/broken/*.ts', { eager: true })).map(
  ([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module.default] as const,
);
const uiSource = readUiSource();
const sameAsDutch = readSameAsDutch();

// A fixture that breaks only the words leaves the flow as it is: its check (a walk of every path) is done once.
const flowChecks = new Map<string, ReturnType<typeof checkFlow>>();
const checkFlowOnce = (files: Content['files']) => {
  const key = JSON.stringify(files);
  if (!flowChecks.has(key)) flowChecks.set(key, checkFlow(files));
  return flowChecks.get(key)!;
};

/**
 * What flows:check says about this content: the flow first, then (if the flow is sound) the locales, then (if
 * they are whole) what the words name where the first step belongs.
 */
export function check(content: Content): string[] {
  const { problems, checked } = checkFlowOnce(content.files);
  const locales = checked ? checkLocales(checked.flow, content.locales, uiSource, sameAsDutch, readDutchTerms()) : [];
  const strings = Object.fromEntries(languages.map((language) => [language, flatten(content.locales[language] ?? {})]));
  const naming = checked && !locales.length ? checkNaming(checked.flow, strings, checked.results) : [];
  return [...problems, ...locales, ...naming].map(formatProblem);
}

export const realContent = (): Content => structuredClone({ files: flowFilesFromModules(), locales: readLocales().locales }) as Content;

/**
 * Every other fixture, from the first (`half` 0) or the second (1), each checked in a test of its own: the two
 * halves are two test files, which Vitest runs side by side (a fixture that breaks the flow walks every path).
 */
export function describeBroken(half: 0 | 1) {
  describe.each(fixtures.filter((_, index) => index % 2 === half))('broken content: %s', (_name, fixture) => {
    it('is named by file, id and problem', () => {
      const content = realContent();
      fixture.change(content);
      expect(check(content)).toEqual(fixture.expected);
    }, 60_000);
  });
}

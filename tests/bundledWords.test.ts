// @vitest-environment node
// The error screen's words travel in each page (scripts/pagesPlugin.ts), so that it speaks when a words
// file fails: they must be the words of the words file, and all the error screen asks for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledWords } from '../scripts/pagesPlugin.ts';
import { languages } from '../src/i18n/languages.ts';

const errorScreen = readFileSync(new URL('../src/ui/screens/ErrorScreen.tsx', import.meta.url), 'utf8');
const asked = [...errorScreen.matchAll(/t\('([^']+)'/g)].map((m) => m[1]);
const at = (words: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], words);

describe.each(languages)('the words the %s page carries', (language) => {
  const carried = bundledWords(language);
  const file = JSON.parse(readFileSync(new URL(`../locales/${language}/translation.json`, import.meta.url), 'utf8'));

  it('hold every word the error screen asks for, as in the words file', () => {
    expect(asked).toEqual(expect.arrayContaining(['ui.error.title', 'ui.error.call112', 'ui.error.callVeiligThuis', 'ui.error.restart']));
    for (const key of [...asked, 'ui.quickExit', 'ui.languageName.uk']) expect(at(carried, key), key).toBe(at(file, key));
  });

  it('hold nothing of the check itself', () => {
    expect(Object.keys(carried)).toEqual(['ui']);
    expect(JSON.stringify(carried)).not.toContain(at(file, 'question.danger.title') as string);
  });
});

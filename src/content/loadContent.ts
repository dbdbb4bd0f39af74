import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as adviceModule from '../../flows/advice.ts';
import * as contactsModule from '../../flows/contacts.ts';
import * as municipalitiesModule from '../../flows/municipalities.ts';
import * as questionsModule from '../../flows/questions.ts';
import * as regionsModule from '../../flows/regions.ts';
import * as safetyModule from '../../flows/safety.ts';
import * as sourcesModule from '../../flows/sources.ts';
import type { FlowFiles } from './checkFlow.ts';
import { localeFile } from './files.ts';
import { wordFileOf, wordFiles } from '../i18n/wordFiles.ts';
import { languages } from '../i18n/languages.ts';

// Node only: reads the content files for flows:check, the build and the tests.
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const flowFilesFromModules = (): FlowFiles => ({
  questions: questionsModule.questions,
  advice: adviceModule.advice,
  contacts: contactsModule.contacts,
  firstSteps: contactsModule.firstSteps,
  rightBelow: contactsModule.rightBelow,
  regions: regionsModule.regions,
  municipalities: municipalitiesModule.municipalities,
  aliases: municipalitiesModule.municipalityAliases,
  safety: safetyModule.safety,
});

export const sourcesFromModules = () => sourcesModule.source;

/**
 * Each language's words, both files parsed and put together; a file that is not JSON, or a section in the
 * wrong file, is reported by name.
 */
export function readLocales(dir = root): { locales: Record<string, unknown>; errors: string[] } {
  const locales: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const language of languages) {
    for (const part of wordFiles) {
      const name = localeFile(language, part);
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      try {
        const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        for (const section of Object.keys(words).filter((section) => wordFileOf(section) !== part)) {
          errors.push(`${name} › ${section}: belongs in ${localeFile(language, wordFileOf(section))}`);
        }
        if (part === 'translation' || locales[language]) locales[language] = { ...(locales[language] as object), ...words };
      } catch (error) {
        errors.push(`${name} › (file): is not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  return { locales, errors };
}

/** Dutch names and terms that stay Dutch in uk and en texts, to be marked <nl> there (src/content/checkDutchMarks.ts). */
export const readDutchTerms = (dir = root): string[] =>
  (JSON.parse(readFileSync(join(dir, 'locales/dutch-terms.json'), 'utf8')) as { terms: string[] }).terms;

export const readSameAsDutch = (dir = root): Record<string, string[]> =>
  JSON.parse(readFileSync(join(dir, 'locales/same-as-dutch.json'), 'utf8'));

/** The seeds live in ../shared/seeds beside the project (SPEC.md); undefined when they are not there. */
export function readSeeds(dir = root): Record<string, string> | undefined {
  const seedDir = join(dir, '../shared/seeds');
  if (!existsSync(seedDir)) return undefined;
  return Object.fromEntries(
    readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(join(seedDir, name), 'utf8')]),
  );
}

/** The screens' source text, to tell which ui keys are used. */
export function readUiSource(dir = root): string {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(dir, 'src'));
  return files.join('\n');
}

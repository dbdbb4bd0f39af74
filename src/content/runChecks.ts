import { checkFlow } from './checkFlow.ts';
import { checkLocales, flatten } from './checkLocales.ts';
import { checkNaming } from './checkNaming.ts';
import { languages } from '../i18n/languages.ts';
import { checkSeedQuotes } from './checkSources.ts';
import {
  flowFilesFromModules,
  readDutchTerms,
  readLocales,
  readSameAsDutch,
  readSeeds,
  readUiSource,
  root,
  sourcesFromModules,
} from './loadContent.ts';
import { formatProblem } from './problem.ts';
import { staleFacts } from './staleFacts.ts';

/** All content checks on the files in this checkout: one line per problem, warnings (facts to check again) and notes. */
export function runChecks(
  dir = root,
  today = new Date(),
): { problems: string[]; warnings: string[]; notes: string[]; checked?: ReturnType<typeof checkFlow>['checked'] } {
  const notes: string[] = [];
  const files = flowFilesFromModules();
  const { problems, checked } = checkFlow(files);
  const lines = problems.map(formatProblem);
  const { locales, errors } = readLocales(dir);
  lines.push(...errors);
  if (checked) {
    const wordProblems = checkLocales(checked.flow, locales, readUiSource(dir), readSameAsDutch(dir), readDutchTerms(dir));
    lines.push(...wordProblems.map(formatProblem));
    // Which contact a text names is read from the words: only once they are whole.
    if (!wordProblems.length) {
      const strings = Object.fromEntries(languages.map((language) => [language, flatten(locales[language] ?? {})]));
      lines.push(...checkNaming(checked.flow, strings, checked.results).map(formatProblem));
    }
  }
  const seeds = readSeeds(dir);
  if (seeds) lines.push(...checkSeedQuotes({ ...files, sources: sourcesFromModules() }, seeds).map(formatProblem));
  else notes.push('../shared/seeds not found beside the project: seed quotes were not compared with the seeds.');
  const warnings = checked ? staleFacts(checked.flow.contacts, today) : [];
  return { problems: lines, warnings, notes, checked };
}

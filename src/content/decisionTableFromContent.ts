import { checkFlow } from './checkFlow.ts';
import { decisionTable } from './decisionTable.ts';
import { flatten } from './checkLocales.ts';
import { localeFileFor } from './files.ts';
import { flowFilesFromModules, readLocales } from './loadContent.ts';
import { formatProblem } from './problem.ts';

/** The decision table of the content in this checkout, in Dutch (node only). */
export function decisionTableFromContent(): { markdown: string; rows: number } {
  const { problems, checked } = checkFlow(flowFilesFromModules());
  if (!checked) throw new Error(`The flow has problems; run npm run flows:check\n${problems.map(formatProblem).join('\n')}`);
  const dutch = flatten(readLocales().locales.nl);
  const text = (key: string) => {
    const value = dutch.get(key);
    if (value === undefined) throw new Error(`${localeFileFor('nl', key)} › ${key}: is missing`);
    return value;
  };
  const markdown = decisionTable(checked.flow, checked.municipalities, checked.safety, text);
  const rows = Number(/In totaal (\d+) rijen/.exec(markdown)?.[1] ?? 0);
  return { markdown, rows };
}

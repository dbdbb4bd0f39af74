// npm run flows:check — validates flows, rules, contacts, regions and all three locales.
// One line per problem: file › id: what is wrong. Exit code 1 on any problem.
import { runChecks } from '../src/content/runChecks.ts';

const { problems, warnings, notes, checked } = runChecks();
for (const note of notes) console.warn(`note: ${note}`);
// Facts not checked against their source for over a year: listed for the keepers, not a failure.
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`\n${problems.length} problem(s) found.`);
  process.exit(1);
}
const flow = checked!.flow;
console.log(
  `flows:check: no problems in ${flow.questions.length} questions, ${flow.advice.length} advice blocks, ` +
    `${flow.contacts.length} contacts, ${flow.regions.length} regions, ${checked!.municipalities.length} municipalities and 3 languages.`,
);

// npm run flows:explain -- '<answers>' [nl|uk|en] [--at=2026-12-07T20:00] — one page as its reader gets it, as
// plain text: the questions with the answers given, then the result, in the words the app shows. Input it
// cannot read gets one line and exit status 2.
import { municipalities, municipalityAliases } from '../flows/municipalities.ts';
import { contentFlow } from '../src/content/contentFlow.ts';
import { ExplainInputError, explainInput } from '../src/explain/explainInput.ts';
import { explainPage } from '../src/explain/explainPage.ts';

try {
  console.log(explainPage(explainInput(process.argv.slice(2), contentFlow, municipalities, municipalityAliases)).text);
} catch (error) {
  if (!(error instanceof ExplainInputError)) throw error;
  console.error(`flows:explain: ${error.message}`);
  process.exit(2);
}

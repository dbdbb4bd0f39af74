import { isMunicipalityCode } from '../engine/municipalityCode.ts';
import { questionById, type Routing } from '../engine/rules.ts';
import type { Answers, Municipality, MunicipalityAlias } from '../engine/schema.ts';
import { isLanguage, languages, type Language } from '../i18n/languages.ts';
import { amsterdamInstant } from './amsterdamInstant.ts';
import { findMunicipality } from './findMunicipality.ts';

/** Input flows:explain cannot read: its message is the one line the keeper gets (exit status 2). */
export class ExplainInputError extends Error {
  name = 'ExplainInputError';
}

export const USAGE = `usage: npm run flows:explain -- '<answers as JSON>' [${languages.join('|')}] [--at=2026-12-07T20:00]`;
const EXAMPLE = `'{"danger":"no","role":"self","age":"12-18","concern":"forced-marriage","suspect":"parent","municipality":"Zwolle"}'`;

export type ExplainInput = {
  /** Question id → option id; the municipality as its CBS code. Not yet checked against one another. */
  answers: Answers;
  language: Language;
  /** The moment for "open now" and "closed now". */
  now: Date;
  /** The municipality as the keeper named it, and what the search found for it. */
  municipality?: { query: string; code: string; name: string; alsoFound: string[] };
};

const fail = (problem: string) => new ExplainInputError(problem);

/**
 * The arguments of `npm run flows:explain -- '<answers>' [nl|uk|en] [--at=…]`, read and checked: every id a
 * question or option of the flow, the municipality by name (as the app's search finds it) or CBS code.
 * Answers that exist but no longer apply are no error: the page names them.
 */
export function explainInput(
  args: string[],
  flow: Routing,
  municipalities: Municipality[],
  aliases: MunicipalityAlias[],
  now = new Date(),
): ExplainInput {
  const [json, language = 'nl', ...extra] = args.filter((arg) => !arg.startsWith('--'));
  if (json === undefined) throw fail(USAGE);
  if (extra.length) throw fail(`unexpected argument "${extra[0]}"; ${USAGE}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw fail(`the answers are not JSON (${(error as Error).message}); write them as ${EXAMPLE}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw fail(`the answers are not a JSON object of question id and option id; write them as ${EXAMPLE}`);
  }
  if (!isLanguage(language)) throw fail(`no language "${language}"; the languages: ${languages.join(', ')}`);
  for (const flag of args.filter((arg) => arg.startsWith('--'))) {
    const at = /^--at=(.*)$/.exec(flag);
    if (!at) throw fail(`unknown option "${flag}"; ${USAGE}`);
    const instant = amsterdamInstant(at[1]);
    if (!instant) throw fail(`--at "${at[1]}" is not a time like 2026-12-07T20:00 (Amsterdam time)`);
    now = instant;
  }

  const answers: Answers = {};
  let municipality: ExplainInput['municipality'];
  for (const [id, value] of Object.entries(parsed)) {
    const question = questionById(flow, id);
    if (!question) throw fail(`no question "${id}"; the questions: ${flow.questions.map((q) => q.id).join(', ')}`);
    const options = question.options.map((option) => option.id);
    if (typeof value !== 'string') throw fail(`the answer to "${id}" is not an option id in quotes: ${JSON.stringify(value)}`);
    if (options.includes(value)) answers[id] = value;
    else if (question.input !== 'municipality') throw fail(`question "${id}" has no option "${value}"; its options: ${options.join(', ')}`);
    else {
      const found = findMunicipality(value, municipalities, aliases);
      if ('nearest' in found) {
        if (isMunicipalityCode(value.trim().toUpperCase()))
          throw fail(`no municipality has the CBS code "${value}"; give its name or its code`);
        throw fail(`no municipality found for "${value}"; the nearest names: ${found.nearest.join(', ')}`);
      }
      answers[id] = found.code;
      municipality = { query: value, ...found };
    }
  }
  return { answers, language, now, municipality };
}

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { municipalities, municipalityAliases } from '../../flows/municipalities.ts';
import { explainInput } from './explainInput.ts';
import { contentFlow as flow } from '../content/contentFlow.ts';
import { root } from '../content/loadContent.ts';

const read = (...args: string[]) => explainInput(args, flow, municipalities, municipalityAliases, new Date('2026-12-02T09:00:00Z'));
const refused = (...args: string[]) => {
  try {
    read(...args);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`accepted ${args.join(' ')}`);
};
const asked = '{"danger":"no","role":"self","age":"12-18","concern":"forced-marriage","suspect":"parent","municipality":"Zwolle"}';

describe('flows:explain reads', () => {
  it('the answers, Dutch by default, a municipality by name in either script or by CBS code', () => {
    expect(read(asked)).toMatchObject({ language: 'nl', answers: { role: 'self', municipality: 'GM0193' } });
    expect(read(asked.replace('Zwolle', 'Зволле'), 'uk').municipality).toMatchObject({ query: 'Зволле', code: 'GM0193', name: 'Zwolle' });
    expect(read('{"municipality":"gm0180"}').answers.municipality).toBe('GM0180');
    expect(read('{"municipality":"unknown"}').answers.municipality).toBe('unknown');
  });

  it('an answer that exists but no longer applies, without complaint: the page names it', () => {
    expect(read('{"role":"self","age":"0-4"}').answers).toEqual({ role: 'self', age: '0-4' });
  });

  it('the moment for "open now" as Amsterdam time, also across a change of the clock', () => {
    expect(read(asked, 'en', '--at=2026-12-07T20:00').now.toISOString()).toBe('2026-12-07T19:00:00.000Z');
    expect(read(asked, 'en', '--at=2026-07-07T20:00').now.toISOString()).toBe('2026-07-07T18:00:00.000Z');
    expect(read(asked, '--at=2026-12-07T20:00:00Z').now.toISOString()).toBe('2026-12-07T20:00:00.000Z');
  });
});

describe('flows:explain refuses, in one line', () => {
  it('malformed JSON, or JSON that is not an object of answers', () => {
    expect(refused('{danger:no}')).toMatch(/^the answers are not JSON \(.*\); write them as '\{"danger":"no",/);
    expect(refused('["no"]')).toMatch(/^the answers are not a JSON object of question id and option id/);
    expect(refused('{"danger":1}')).toBe('the answer to "danger" is not an option id in quotes: 1');
  });

  it('an unknown question, with the ids that exist', () => {
    expect(refused('{"dangr":"no"}')).toBe(
      'no question "dangr"; the questions: danger, role, age, concern, exploitation-form, sexual-when, suspect, municipality',
    );
  });

  it('an unknown option, with the options of that question', () => {
    expect(refused('{"age":"14"}')).toBe('question "age" has no option "14"; its options: 0-4, 4-12, 12-18, adult, unknown');
  });

  it('an unknown municipality, with the nearest names the search knows', () => {
    expect(refused('{"municipality":"Zwxyzq"}')).toMatch(/^no municipality found for "Zwxyzq"; the nearest names: .*Zwolle/);
    expect(refused('{"municipality":"GM9999"}')).toBe('no municipality has the CBS code "GM9999"; give its name or its code');
  });

  it('an unknown language, an unknown option of the command, a time it cannot read, or no answers at all', () => {
    expect(refused(asked, 'de')).toBe('no language "de"; the languages: nl, uk, en');
    expect(refused(asked, '--now=today')).toMatch(/^unknown option "--now=today"; usage: npm run flows:explain -- /);
    expect(refused(asked, '--at=tomorrow')).toBe('--at "tomorrow" is not a time like 2026-12-07T20:00 (Amsterdam time)');
    expect(refused()).toMatch(/^usage: npm run flows:explain -- '<answers as JSON>' \[nl\|uk\|en\]/);
  });

  it('and the command says so on stderr with exit status 2, nothing on stdout', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/flows-explain.ts', '{"age":"14"}'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'flows:explain: question "age" has no option "14"; its options: 0-4, 4-12, 12-18, adult, unknown',
    ]);
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { flow } from '../src/content/flow.ts';
import { allAnswerPaths, representativeMunicipalities } from '../src/content/walk.ts';
import { composeResult, offeredOptions, questionById } from '../src/engine/rules.ts';
import type { Answers } from '../src/engine/schema.ts';
import { municipalities } from '../flows/municipalities.ts';

// SPEC.md "Safe advice", written out here on its own, apart from flows/advice.ts and flows/safety.ts, so
// that the advice the app shows is checked against the contract on every path through the flow.
const CHILD = ['0-4', '4-12', '12-18'];
const RISKY_CONCERNS = ['sexual', 'stalking', 'exploitation', 'loverboy', 'honour', 'forced-marriage'];
const RISKY_SUSPECTS = ['partner', 'employer', 'online', 'unknown'];
const SPEAK_ALONE_CONCERNS = ['honour', 'forced-marriage', 'exploitation', 'loverboy'];
const BYSTANDER_BLOCKS = [
  'take-feeling-seriously',
  'talk-to-suspect',
  'speak-up',
  'do-not-confront',
  'talk-to-victim',
  'talk-to-victim-alone',
  'watch-young-child',
  'listen-to-child',
  'talk-to-child-safely',
  'meldcode',
];

function isRisky({ danger, role, age, concern, suspect }: Answers): boolean {
  return (
    danger === 'yes' ||
    danger === 'unsure' ||
    RISKY_CONCERNS.includes(concern!) ||
    RISKY_SUSPECTS.includes(suspect!) ||
    (role === 'housemate' && suspect === 'host') ||
    (concern === 'boundary' && CHILD.includes(age!))
  );
}

const paths = allAnswerPaths(flow, representativeMunicipalities(flow, municipalities));
const results = paths.map((answers) => {
  const result = composeResult(flow, answers);
  return { answers, shown: new Set([...result.urgent, ...result.contacts, ...result.act, ...result.about]), points: result.points };
});
const show = (answers: Answers) =>
  Object.entries(answers)
    .map(([q, o]) => `${q}=${o}`)
    .join(' ');

/** Every path that breaks `rule`, named by its answers (the first few are enough to find the fault). */
function breaking(rule: (answers: Answers, shown: Set<string>, points: Record<string, string[]>) => boolean): string[] {
  return results.filter(({ answers, shown, points }) => !rule(answers, shown, points)).map(({ answers }) => show(answers));
}

describe(`safe advice on every path (${paths.length} paths)`, () => {
  it('walks all of them', () => expect(paths.length).toBeGreaterThan(40_000));

  it('never advises talking to the suspect, or speaking up, where that is risky', () => {
    const wrong = breaking((a, shown) => !isRisky(a) || (!shown.has('talk-to-suspect') && !shown.has('speak-up')));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('advises not to confront exactly where talking is risky and the user is not the person harmed', () => {
    const wrong = breaking((a, shown) => shown.has('do-not-confront') === (isRisky(a) && a.role !== 'self'));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('never shows talk-to-suspect together with do-not-confront', () => {
    expect(breaking((_, shown) => !(shown.has('talk-to-suspect') && shown.has('do-not-confront'))).slice(0, 5)).toEqual([]);
  });

  it('shows no bystander advice to someone checking about themselves, and tells them they need not talk to the person', () => {
    const wrong = breaking(
      (a, shown) =>
        a.role !== 'self' ||
        (BYSTANDER_BLOCKS.every((id) => !shown.has(id)) && shown.has('self-safe-first') && shown.has('not-your-fault')),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('does not tell anyone to talk with a baby or toddler, or with someone in a themed situation, in the plain way', () => {
    const wrong = breaking(
      (a, shown) =>
        !shown.has('talk-to-victim') ||
        (a.age !== '0-4' && !SPEAK_ALONE_CONCERNS.includes(a.concern!) && !(a.concern === 'sexual' && CHILD.includes(a.age!))),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives the age- and theme-specific ways to talk exactly where they apply', () => {
    const wrong = breaking(
      (a, shown) =>
        shown.has('watch-young-child') === (a.role !== 'self' && a.age === '0-4') &&
        shown.has('listen-to-child') === (a.role !== 'self' && a.concern === 'sexual' && ['4-12', '12-18'].includes(a.age!)) &&
        shown.has('talk-to-victim-alone') === (a.role !== 'self' && a.age !== '0-4' && SPEAK_ALONE_CONCERNS.includes(a.concern!)),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('has meldcode step 3 say "first get expert advice" where talking is risky, and "only if safe" elsewhere', () => {
    const wrong = breaking((a, shown, points) => {
      if (!shown.has('meldcode')) return a.role !== 'professional';
      const step3 = points.meldcode.filter((p) => p.startsWith('talk'));
      return step3.length === 1 && step3[0] === (isRisky(a) ? 'talk-risky' : 'talk');
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('always says to write things down, with a log for stalking', () => {
    const wrong = breaking(
      (a, shown, points) => shown.has('write-down') && points['write-down'].includes('log') === (a.concern === 'stalking'),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('opens with 112 exactly where someone is or may be in danger now', () => {
    const wrong = breaking((a, shown) => shown.has('emergency-112') === (a.danger === 'yes' || a.danger === 'unsure'));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('does not offer the age 0-4 to someone checking about themselves', () => {
    const age = questionById(flow, 'age')!;
    expect(offeredOptions(flow, age, { danger: 'no', role: 'self' }).map((o) => o.id)).not.toContain('0-4');
    expect(offeredOptions(flow, age, { danger: 'no', role: 'host' }).map((o) => o.id)).toContain('0-4');
  });
});

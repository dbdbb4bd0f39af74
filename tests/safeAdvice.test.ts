import { describe, expect, it } from 'vitest';
import { contentFlow as flow } from '../src/content/contentFlow.ts';
import { everyPath } from '../src/content/everyPath.ts';
import { offeredOptions, questionById } from '../src/engine/rules.ts';
import type { Answers } from '../src/engine/schema.ts';
import { municipalities } from '../flows/municipalities.ts';

// SPEC.md "Safe advice" and "Contacts and routing", written out here on their own, apart from
// flows/advice.ts, flows/contacts.ts and flows/safety.ts, so that what the app shows is checked against the
// contract on every path through the flow.
const CHILD = ['0-4', '4-12', '12-18'];
const CITIZENS = ['host', 'housemate', 'neighbour', 'family', 'volunteer'];
const RISKY_CONCERNS = ['sexual', 'stalking', 'exploitation', 'loverboy', 'honour', 'forced-marriage'];
const RISKY_SUSPECTS = ['partner', 'employer', 'online', 'unknown', 'host'];
const SPEAK_ALONE_CONCERNS = ['honour', 'forced-marriage', 'exploitation', 'loverboy'];
const CHILD_TELLS_CONCERNS = ['sexual', 'home-violence', 'neglect', 'boundary', 'unsure'];
const BYSTANDER_BLOCKS = [
  'take-feeling-seriously',
  'talk-to-suspect',
  'speak-up',
  'offer-support',
  'do-not-confront',
  'talk-to-victim',
  'talk-to-victim-alone',
  'watch-young-child',
  'listen-to-child',
  'talk-to-child-safely',
  'meldcode',
  'tell-coordinator',
];
const IJSSELLAND = ['GM0148', 'GM0150', 'GM0160', 'GM0166', 'GM0175', 'GM0177', 'GM0180', 'GM0193', 'GM1708', 'GM1773', 'GM1896'];
const FLEVOLAND = ['GM0034', 'GM0303', 'GM0995', 'GM0171', 'GM0184', 'GM0050'];

const isCitizen = (a: Answers) => CITIZENS.includes(a.role!);
// Not a housemate: someone who lives in the same house or shelter cannot get away from the person.
const seedCaseForTalking = (a: Answers) =>
  ['host', 'neighbour', 'family', 'volunteer'].includes(a.role!) &&
  a.danger === 'no' &&
  a.concern === 'boundary' &&
  a.age === 'adult' &&
  ['family', 'other'].includes(a.suspect!);
const supportCase = (a: Answers) =>
  isCitizen(a) &&
  a.danger === 'no' &&
  ((a.concern === 'neglect' && a.suspect === 'parent') || (a.concern === 'care' && ['partner', 'parent', 'family'].includes(a.suspect!)));
const meldcodeStep3Risky = (a: Answers) =>
  a.danger !== 'no' ||
  RISKY_CONCERNS.includes(a.concern!) ||
  RISKY_SUSPECTS.includes(a.suspect!) ||
  (a.concern === 'boundary' && CHILD.includes(a.age!));
const childTells = (a: Answers) => a.role !== 'self' && ['4-12', '12-18'].includes(a.age!) && CHILD_TELLS_CONCERNS.includes(a.concern!);
const sexualOnline = (a: Answers) => a.suspect === 'online' && (a.concern === 'sexual' || a['exploitation-form'] === 'sexual');
const imagesOnline = (a: Answers) => sexualOnline(a) || a['sexual-when'] === 'no-contact';
const isSelf = (a: Answers) => a.role === 'self';
const childSelf = (a: Answers) => isSelf(a) && ['4-12', '12-18'].includes(a.age!);
const regionalTraffickingDesk = (a: Answers) =>
  ['exploitation', 'loverboy'].includes(a.concern!) && [...IJSSELLAND, ...FLEVOLAND].includes(a.municipality!);

const paths = everyPath(flow, municipalities).paths;
const results = paths.map(({ answers, result }) => {
  return {
    answers,
    result,
    shown: new Set([...result.urgent, ...result.contacts, ...result.act, ...result.about]),
    points: result.points,
    wording: result.variants,
  };
});
const show = (answers: Answers) =>
  Object.entries(answers)
    .map(([q, o]) => `${q}=${o}`)
    .join(' ');

type Path = (typeof results)[number];
/** Every path that breaks `rule`, named by its answers (the first few are enough to find the fault). */
const breaking = (rule: (path: Path) => boolean): string[] => results.filter((path) => !rule(path)).map(({ answers }) => show(answers));

describe(`safe advice on every path (${paths.length} paths)`, () => {
  it('walks all of them', () => expect(paths.length).toBeGreaterThan(70_000));

  it('gives every citizen and volunteer exactly one of talk, support and do-not-confront, and only in its case', () => {
    const wrong = breaking(({ answers: a, shown }) => {
      if (!isCitizen(a)) return !['talk-to-suspect', 'speak-up', 'offer-support', 'do-not-confront'].some((id) => shown.has(id));
      const talk = shown.has('talk-to-suspect') && shown.has('speak-up');
      const kinds = [talk, shown.has('offer-support'), shown.has('do-not-confront')].filter(Boolean).length;
      return (
        kinds === 1 &&
        shown.has('talk-to-suspect') === shown.has('speak-up') &&
        talk === seedCaseForTalking(a) &&
        shown.has('offer-support') === supportCase(a) &&
        shown.has('do-not-confront') === (!seedCaseForTalking(a) && !supportCase(a))
      );
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('never advises talking to the suspect where someone may be in danger, or about sexual violence', () => {
    const wrong = breaking(
      ({ answers: a, shown }) =>
        !(shown.has('talk-to-suspect') || shown.has('speak-up')) || (a.danger === 'no' && a.concern === 'boundary'),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives professionals the whole meldcode, step 3 as risky exactly where SPEC says, the LKHA only for forced marriage', () => {
    const wrong = breaking(({ answers: a, shown, points }) => {
      if (a.role !== 'professional') return !shown.has('meldcode');
      const step3 = points.meldcode.filter((p) => p.startsWith('talk'));
      const expected = !meldcodeStep3Risky(a) ? 'talk' : a.concern === 'forced-marriage' ? 'talk-risky-lkha' : 'talk-risky';
      return (
        step3.length === 1 &&
        step3[0] === expected &&
        points.meldcode.includes('duty') &&
        ['signals', 'consult', 'weigh', 'decide'].every((step) => points.meldcode.includes(step))
      );
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('tells volunteers, and only them, to tell their coordinator', () => {
    expect(breaking(({ answers: a, shown }) => shown.has('tell-coordinator') === (a.role === 'volunteer')).slice(0, 5)).toEqual([]);
  });

  it('shows no bystander advice to someone checking about themselves, and tells them they need not talk to the person', () => {
    const wrong = breaking(
      ({ answers: a, shown }) =>
        a.role !== 'self' ||
        (BYSTANDER_BLOCKS.every((id) => !shown.has(id)) && shown.has('self-safe-first') && shown.has('not-your-fault')),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('tells a child asking about themselves to tell an adult they trust, outside the family where the family may do it', () => {
    const wrong = breaking(
      ({ answers: a, shown, wording }) =>
        shown.has('trusted-adult') === childSelf(a) &&
        (!childSelf(a) || (wording['trusted-adult'] === 'outside-family') === SPEAK_ALONE_CONCERNS.includes(a.concern!)),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('words every block for the person themself on their own path: no bystander’s words, no promise that the other won’t know', () => {
    const forThemself = ['what-happens', 'no-mediation', 'before-travel', 'online-images'];
    const wrong = breaking(
      ({ answers: a, shown, wording }) =>
        forThemself.every((id) => !shown.has(id) || (wording[id] === 'self') === isSelf(a)) &&
        (!shown.has('csg-first-week') || ['self', 'self-not-first'].includes(wording['csg-first-week']!) === isSelf(a)),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('says "call the CSG too" where the CSG is not the first step, and "call the CSG now" where it is', () => {
    const wrong = breaking(({ shown, wording, result }) => {
      if (!shown.has('csg-first-week')) return true;
      const notFirst = ['not-first', 'self-not-first'].includes(wording['csg-first-week']!);
      return notFirst === (result.firstStep !== 'csg');
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives the ways to talk with the person concerned exactly where they apply', () => {
    const wrong = breaking(({ answers: a, shown }) => {
      const notSelf = a.role !== 'self';
      const alone = notSelf && a.age !== '0-4' && SPEAK_ALONE_CONCERNS.includes(a.concern!);
      return (
        shown.has('watch-young-child') === (notSelf && a.age === '0-4') &&
        shown.has('listen-to-child') === childTells(a) &&
        shown.has('talk-to-victim-alone') === alone &&
        shown.has('talk-to-victim') === (notSelf && a.age !== '0-4' && !childTells(a) && !alone) &&
        shown.has('talk-to-child-safely') === (notSelf && CHILD.includes(a.age!))
      );
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('warns against mediation for honour and forced marriage, and says to act before a trip for forced marriage', () => {
    const wrong = breaking(
      ({ answers: a, shown }) =>
        shown.has('no-mediation') === ['honour', 'forced-marriage'].includes(a.concern!) &&
        shown.has('before-travel') === (a.concern === 'forced-marriage'),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives images and messages online their own advice and Helpwanted, also without physical contact, and the police for online abuse', () => {
    const wrong = breaking(
      ({ answers: a, shown, points }) =>
        shown.has('online-images') === imagesOnline(a) &&
        shown.has('helpwanted') === imagesOnline(a) &&
        (!imagesOnline(a) || points['online-images'].includes('images')) &&
        (!sexualOnline(a) || shown.has('politie')),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('says what happens when you call Veilig Thuis to everyone but professionals', () => {
    expect(breaking(({ answers: a, shown }) => shown.has('what-happens') === (a.role !== 'professional')).slice(0, 5)).toEqual([]);
  });

  it('always says to write things down: a log for stalking, and only where it is safe when the notes could be found', () => {
    const wrong = breaking(({ answers: a, shown, points }) => {
      const mayBeFound = a.role === 'self' || (['host', 'housemate'].includes(a.role!) && a.suspect !== 'online');
      return (
        shown.has('write-down') &&
        points['write-down'].includes('log') === (a.concern === 'stalking') &&
        points['write-down'].includes('only-if-safe') === mayBeFound
      );
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('opens with 112 exactly where someone is or may be in danger now', () => {
    const wrong = breaking(({ answers: a, shown }) => shown.has('emergency-112') === (a.danger === 'yes' || a.danger === 'unsure'));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('does not offer the age 0-4 to someone checking about themselves', () => {
    const age = questionById(flow, 'age')!;
    expect(offeredOptions(flow, age, { danger: 'no', role: 'self' }).map((o) => o.id)).not.toContain('0-4');
    expect(offeredOptions(flow, age, { danger: 'no', role: 'host' }).map((o) => o.id)).toContain('0-4');
  });
});

describe('the first step, on every path', () => {
  const regionalVt = (a: Answers) => (IJSSELLAND.includes(a.municipality!) ? 'vt-ijsselland' : 'veilig-thuis');
  /** SPEC.md's order for the first step (rules 1–8) and the one right below it, written out on its own. */
  function expectedLead(a: Answers, shown: Set<string>): [string, string | undefined] {
    const otherwise = (first: string): [string, string | undefined] => {
      if (a.municipality === 'GM0180' && ['boundary', 'unsure'].includes(a.concern!)) return [first, 'staphorst-oekraine'];
      const below = [regionalVt(a), 'veilig-thuis'].find((id) => id !== first);
      return [first, below];
    };
    const physicalLately = ['recent', 'unsure'].includes(a['sexual-when']!);
    if (physicalLately && CHILD.includes(a.age!) && ['parent', 'family', 'host'].includes(a.suspect!)) return [regionalVt(a), 'csg'];
    if (physicalLately) return imagesOnline(a) ? ['csg', 'helpwanted'] : otherwise('csg');
    if (imagesOnline(a)) return otherwise('helpwanted');
    if (childSelf(a)) {
      const needsAction = ['forced-marriage', 'honour', 'exploitation', 'loverboy'].includes(a.concern!) || a.danger !== 'no';
      return needsAction ? ['veilig-thuis', 'kindertelefoon'] : ['kindertelefoon', 'veilig-thuis'];
    }
    if (a.concern === 'stalking' && ['other', 'online', 'employer', 'unknown'].includes(a.suspect!)) return otherwise('politie');
    if (regionalTraffickingDesk(a))
      return otherwise(IJSSELLAND.includes(a.municipality!) ? 'vt-ijsselland-mensenhandel' : 'vt-flevoland-mensenhandel');
    if (['exploitation', 'loverboy'].includes(a.concern!) && ['adult', 'unknown'].includes(a.age!) && shown.has('comensha'))
      return ['comensha', 'veilig-thuis'];
    if (IJSSELLAND.includes(a.municipality!)) return otherwise('vt-ijsselland');
    return ['veilig-thuis', undefined];
  }

  it('leads with the one most fitting contact, in SPEC’s order, and the one right below it', () => {
    const wrong = breaking(({ answers: a, shown, result }) => {
      const [first, below] = expectedLead(a, shown);
      return result.firstStep === first && result.below?.contact === below && result.contacts[0] === first;
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('shows De Kindertelefoon to someone about themself who is a child or would rather not say their age', () => {
    const wrong = breaking(
      ({ answers: a, shown }) => shown.has('kindertelefoon') === (isSelf(a) && ['4-12', '12-18', 'unknown'].includes(a.age!)),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('shows CoMensha for adult exploitation without a regional desk, also when the concern is unnamed but the employer is suspected', () => {
    const wrong = breaking(({ answers: a, shown }) => {
      const exploitation = ['exploitation', 'loverboy'].includes(a.concern!) && !regionalTraffickingDesk(a);
      return shown.has('comensha') === (exploitation || (a.concern === 'unsure' && a.suspect === 'employer'));
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('asks when sexual violence last happened, and only then', () => {
    const wrong = breaking(
      ({ answers: a }) => (a['sexual-when'] !== undefined) === (a.concern === 'sexual' || a['exploitation-form'] === 'sexual'),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

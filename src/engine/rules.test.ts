import { describe, expect, it } from 'vitest';
import { contentFlow as flow } from '../content/contentFlow.ts';
import {
  ACUTE,
  RESULT,
  canGoTo,
  composeResult,
  keepValid,
  matches,
  nextStep,
  offeredOptions,
  previousStep,
  questionById,
  regionOf,
  stepAfterAnswer,
  variantOf,
} from './rules.ts';

const question = (id: string) => questionById(flow, id)!;
const offered = (id: string, answers: Record<string, string>) => offeredOptions(flow, question(id), answers).map((o) => o.id);
const complete = { danger: 'no', role: 'neighbour', age: 'adult', concern: 'home-violence', suspect: 'partner', municipality: 'unknown' };

describe('conditions', () => {
  it('reads leaves, all, any and not', () => {
    expect(matches({ concern: ['exploitation', 'loverboy'] }, { concern: 'loverboy' }, undefined)).toBe(true);
    expect(matches({ concern: ['exploitation'] }, {}, undefined)).toBe(false);
    expect(matches({ region: ['flevoland'], concern: ['loverboy'] }, { concern: 'loverboy' }, 'flevoland')).toBe(true);
    expect(matches({ region: ['flevoland'], concern: ['loverboy'] }, { concern: 'loverboy' }, 'ijsselland')).toBe(false);
    expect(matches({ all: [] }, {}, undefined)).toBe(true);
    expect(matches({ any: [{ role: ['self'] }, { age: ['adult'] }] }, { age: 'adult' }, undefined)).toBe(true);
    expect(matches({ not: { role: ['self'] } }, { role: 'self' }, undefined)).toBe(false);
  });
});

describe('regions', () => {
  it('finds the region of a municipality code', () => {
    expect(regionOf(flow, 'GM0180')).toBe('ijsselland'); // Staphorst
    expect(regionOf(flow, 'GM0193')).toBe('ijsselland'); // Zwolle
    expect(regionOf(flow, 'GM0034')).toBe('flevoland'); // Almere
    expect(regionOf(flow, 'GM0344')).toBeUndefined(); // Utrecht
    expect(regionOf(flow, 'unknown')).toBeUndefined();
    expect(regionOf(flow, undefined)).toBeUndefined();
  });
});

describe('question: danger', () => {
  it('opens the acute screen for yes', () => expect(stepAfterAnswer(flow, {}, 'danger', 'yes')).toBe(ACUTE));
  it('goes on to role for no and unsure', () => {
    expect(stepAfterAnswer(flow, {}, 'danger', 'no')).toBe('role');
    expect(stepAfterAnswer(flow, {}, 'danger', 'unsure')).toBe('role');
  });
  it('refuses an option it does not have', () => expect(stepAfterAnswer(flow, {}, 'danger', 'maybe')).toBeUndefined());
  it('continues after the acute screen with role', () => expect(nextStep(flow, { danger: 'yes' })).toBe('role'));
});

describe('question: age', () => {
  it('asks "how old are you?" when the check is about oneself', () => {
    expect(variantOf(flow, question('age'), { role: 'self' })).toBe('self');
    expect(variantOf(flow, question('age'), { role: 'host' })).toBeUndefined();
  });
});

describe('question: concern', () => {
  it('offers neglect only when the age is not adult', () => {
    expect(offered('concern', { age: '4-12' })).toContain('neglect');
    expect(offered('concern', { age: 'unknown' })).toContain('neglect');
    expect(offered('concern', { age: 'adult' })).not.toContain('neglect');
  });
  it('offers elder abuse only for adult or unknown', () => {
    expect(offered('concern', { age: 'adult' })).toContain('elder');
    expect(offered('concern', { age: 'unknown' })).toContain('elder');
    expect(offered('concern', { age: '12-18' })).not.toContain('elder');
  });
  it('offers loverboy only for 12-18, adult and unknown', () => {
    for (const age of ['12-18', 'adult', 'unknown']) expect(offered('concern', { age })).toContain('loverboy');
    for (const age of ['0-4', '4-12']) expect(offered('concern', { age })).not.toContain('loverboy');
  });
});

describe('question: exploitation-form', () => {
  const before = { danger: 'no', role: 'neighbour', age: 'adult' };
  it('follows concern = exploitation', () => expect(stepAfterAnswer(flow, before, 'concern', 'exploitation')).toBe('exploitation-form'));
  it('is skipped for any other concern', () => expect(stepAfterAnswer(flow, before, 'concern', 'stalking')).toBe('suspect'));
});

describe('question: municipality', () => {
  const before = { danger: 'no', role: 'neighbour', age: 'adult', concern: 'stalking', suspect: 'other' };
  it('takes a CBS code or unknown, then shows the result', () => {
    expect(stepAfterAnswer(flow, before, 'municipality', 'GM0180')).toBe(RESULT);
    expect(stepAfterAnswer(flow, before, 'municipality', 'unknown')).toBe(RESULT);
  });
  it('refuses what is neither', () => expect(stepAfterAnswer(flow, before, 'municipality', 'Staphorst')).toBeUndefined());
});

describe('changing an answer', () => {
  it('drops answers that no longer apply', () => {
    const answers = { ...complete, age: '4-12', concern: 'neglect' };
    expect(keepValid(flow, { ...answers, age: 'adult' })).toEqual({
      danger: 'no',
      role: 'neighbour',
      age: 'adult',
      suspect: 'partner',
      municipality: 'unknown',
    });
  });
  it('drops the form of exploitation when the concern changes', () => {
    const answers = { ...complete, concern: 'exploitation', 'exploitation-form': 'labour' };
    expect(keepValid(flow, { ...answers, concern: 'stalking' })).not.toHaveProperty('exploitation-form');
  });
  it('asks again what was dropped, then returns to the result', () => {
    const after = keepValid(flow, { ...complete, concern: 'neglect', age: 'adult' });
    expect(nextStep(flow, after)).toBe('concern');
    expect(stepAfterAnswer(flow, after, 'concern', 'elder')).toBe(RESULT);
  });
});

describe('back', () => {
  it('goes to the previous question asked', () => {
    expect(previousStep(flow, complete, 'suspect')).toBe('concern');
    expect(previousStep(flow, { ...complete, concern: 'exploitation', 'exploitation-form': 'organ' }, 'suspect')).toBe('exploitation-form');
    expect(previousStep(flow, complete, RESULT)).toBe('municipality');
    expect(previousStep(flow, {}, 'danger')).toBeUndefined();
  });
  it('goes from the acute screen to the first question', () => expect(previousStep(flow, { danger: 'yes' }, ACUTE)).toBe('danger'));
  it('allows going straight only to screens the answers reach', () => {
    expect(canGoTo(flow, complete, RESULT)).toBe(true);
    expect(canGoTo(flow, { danger: 'no' }, RESULT)).toBe(false);
    expect(canGoTo(flow, { danger: 'no' }, 'age')).toBe(false);
    expect(canGoTo(flow, { danger: 'no' }, 'role')).toBe(true);
    expect(canGoTo(flow, { danger: 'no' }, ACUTE)).toBe(false);
    expect(canGoTo(flow, { danger: 'yes' }, ACUTE)).toBe(true);
  });
});

describe('the result', () => {
  it('always has Veilig Thuis, and 112 for danger yes or unsure', () => {
    expect(composeResult(flow, complete)).toMatchObject({ urgent: [], contacts: ['veilig-thuis'], lead: 1 });
    expect(composeResult(flow, { ...complete, danger: 'unsure' }).urgent).toEqual(['emergency-112']);
  });
  it('gives Staphorst its belteam and IJsselland its Veilig Thuis', () =>
    expect(composeResult(flow, { ...complete, municipality: 'GM0180' }).contacts).toEqual([
      'vt-ijsselland',
      'veilig-thuis',
      'staphorst-oekraine',
    ]));
  it('puts the trafficking contact of the region first', () => {
    const exploitation = { ...complete, concern: 'exploitation', 'exploitation-form': 'labour', suspect: 'employer' };
    expect(composeResult(flow, { ...exploitation, municipality: 'GM0034' }).contacts).toEqual([
      'vt-flevoland-mensenhandel',
      'veilig-thuis',
      'arbeidsinspectie',
      'politie',
      'meld-misdaad-anoniem',
    ]);
    // Outside the regions with a desk of their own, CoMensha's national helpdesk leads, Veilig Thuis (day and night) right below.
    expect(composeResult(flow, { ...exploitation, municipality: 'GM0344' })).toMatchObject({
      contacts: ['comensha', 'veilig-thuis', 'arbeidsinspectie', 'politie', 'meld-misdaad-anoniem'],
      lead: 2,
    });
    expect(composeResult(flow, { ...exploitation, municipality: 'GM0193' }).contacts[0]).toBe('vt-ijsselland-mensenhandel');
  });
  it('is safe by default: talk only in the seed’s case, support an overburdened carer, otherwise do not confront', () => {
    const seedCase = { ...complete, concern: 'boundary', suspect: 'other' };
    expect(composeResult(flow, seedCase).act.slice(0, 2)).toEqual(['talk-to-suspect', 'speak-up']);
    expect(composeResult(flow, { ...seedCase, suspect: 'partner' }).act[0]).toBe('do-not-confront');
    expect(composeResult(flow, { ...seedCase, concern: 'home-violence' }).act[0]).toBe('do-not-confront');
    expect(composeResult(flow, { ...complete, concern: 'care', suspect: 'parent' }).act[0]).toBe('offer-support');
    expect(composeResult(flow, { ...seedCase, role: 'professional' }).act).not.toContain('do-not-confront');
  });
  it('shows the points of a block that apply: meldcode step 3 and the stalking log', () => {
    const professional = { ...complete, role: 'professional', suspect: 'other' };
    expect(composeResult(flow, professional).points.meldcode).toEqual([
      'duty',
      'signals',
      'consult',
      'talk',
      'weigh',
      'decide',
      'decide-when',
      'decide-open',
    ]);
    // A child who told: the talk with the parents is prepared with expert help first.
    expect(composeResult(flow, { ...professional, age: '12-18' }).points.meldcode).toContain('child-told');
    expect(composeResult(flow, { ...professional, danger: 'unsure' }).points.meldcode).toContain('talk-risky');
    expect(composeResult(flow, { ...professional, concern: 'forced-marriage' }).points.meldcode).toContain('talk-risky-lkha');
    expect(composeResult(flow, { ...complete, concern: 'stalking' }).points['write-down']).toEqual(['log']);
    expect(composeResult(flow, complete).points['write-down']).toEqual([]);
  });
  it('leads with one first step and the contact right below it, with the line that says why', () => {
    const stalker = { ...complete, concern: 'stalking', suspect: 'other' };
    expect(composeResult(flow, stalker)).toMatchObject({ firstStep: 'politie', below: { contact: 'veilig-thuis', line: 'advice-too' } });
    expect(composeResult(flow, { ...stalker, municipality: 'GM0193' }).below).toEqual({ contact: 'vt-ijsselland', line: 'regional' });
    const staphorst = { ...complete, concern: 'boundary', suspect: 'other', municipality: 'GM0180' };
    expect(composeResult(flow, staphorst)).toMatchObject({ firstStep: 'vt-ijsselland', below: { contact: 'staphorst-oekraine' } });
    const child = { ...complete, role: 'self', age: '12-18', concern: 'forced-marriage', suspect: 'parent' };
    expect(composeResult(flow, child)).toMatchObject({ firstStep: 'veilig-thuis', below: { contact: 'kindertelefoon', chat: true } });
    expect(composeResult(flow, { ...complete, concern: 'unsure' })).toMatchObject({ firstStep: 'veilig-thuis', below: undefined });
  });
  it('gives each block the words for its reader: the person themself, or a CSG that is not the first step', () => {
    const self = { ...complete, role: 'self', concern: 'sexual', 'sexual-when': 'recent' };
    expect(composeResult(flow, self).variants).toMatchObject({ 'what-happens': 'self', 'csg-first-week': 'self' });
    const familyChild = { ...complete, age: '4-12', concern: 'sexual', 'sexual-when': 'recent', suspect: 'parent' };
    expect(composeResult(flow, familyChild)).toMatchObject({ firstStep: 'veilig-thuis', variants: { 'csg-first-week': 'not-first' } });
    expect(composeResult(flow, complete).variants['what-happens']).toBeUndefined();
  });
});

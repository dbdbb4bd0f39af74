import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import { buildMachine, type FlowEvent } from '../src/engine/buildMachine.ts';
import { contentFlow as flow } from '../src/content/contentFlow.ts';
import { everyPath } from '../src/content/everyPath.ts';
import { offeredOptions, questionById } from '../src/engine/rules.ts';
import type { Answers } from '../src/engine/schema.ts';
import { representativeMunicipalities } from '../src/content/walk.ts';
import { municipalities } from '../flows/municipalities.ts';

// The routing table of SPEC.md, written out here on its own, so that the flow data is checked against it.
const IJSSELLAND = ['GM0148', 'GM0150', 'GM0160', 'GM0166', 'GM0175', 'GM0177', 'GM0180', 'GM0193', 'GM1708', 'GM1773', 'GM1896'];
const FLEVOLAND = ['GM0034', 'GM0303', 'GM0995', 'GM0171', 'GM0184', 'GM0050']; // Almere, Dronten, Lelystad, Noordoostpolder, Urk, Zeewolde
const STAPHORST = 'GM0180';
const TRAFFICKING = ['exploitation', 'loverboy'];
const CHILD = ['0-4', '4-12', '12-18'];
// SPEC's order on the result after the first step (tests/safeAdvice.test.ts checks that one): the regional
// trafficking desk; regional Veilig Thuis; Veilig Thuis; CSG; the other national contacts in the order of SPEC's
// table; the municipality's own team.
const ORDER = [
  'vt-ijsselland-mensenhandel',
  'vt-flevoland-mensenhandel',
  'vt-ijsselland',
  'veilig-thuis',
  'csg',
  'lkha',
  'kindertelefoon',
  'comensha',
  'arbeidsinspectie',
  'politie',
  'meld-misdaad-anoniem',
  'buitenlandse-zaken',
  'helpwanted',
  'staphorst-oekraine',
];
const REGIONAL = ['vt-ijsselland-mensenhandel', 'vt-flevoland-mensenhandel', 'vt-ijsselland', 'staphorst-oekraine'];
const NATIONAL = ORDER.filter((contact) => !REGIONAL.includes(contact));

const machine = buildMachine(flow);
const DUTCH = { language: 'nl' } as const;
type Snapshot = ReturnType<typeof machine.getInitialSnapshot>;
const choices = representativeMunicipalities(flow, municipalities);

/** What a user can do on each screen: every option on offer (municipality: the stand-ins), or carry on. */
function events(snapshot: Snapshot): FlowEvent[] {
  const step = snapshot.value as string;
  if (step === 'acute') return [{ type: 'CONTINUE' }];
  const question = questionById(flow, step);
  if (!question) return [];
  const options = offeredOptions(flow, question, snapshot.context.answers).map((o) => o.id);
  const all = question.input === 'municipality' ? [...choices, ...options] : options;
  return all.map((option) => ({ type: 'ANSWER', question: question.id, option }));
}

// xstate/graph builds the graph of the generated statechart; its getSimplePaths searches it once per
// state (quadratic: hours for ~70,000 states), so the paths are walked here, depth first, on that graph.
const serialize = (snapshot: Snapshot) => JSON.stringify([snapshot.value, snapshot.context.answers]);
const graph = getAdjacencyMap(machine, { events, serializeState: serialize, input: DUTCH }) as unknown as Record<
  string,
  AdjacencyValue<Snapshot, FlowEvent>
>;
type Path = { screens: string[]; answers: Answers; result: Snapshot };
const paths: Path[] = [];
(function walk(key: string, screens: string[]) {
  const node = graph[key];
  const here = [...screens, node.state.value as string];
  if (node.state.value === 'result') return void paths.push({ screens: here, answers: node.state.context.answers, result: node.state });
  for (const { state } of Object.values(node.transitions)) walk(serialize(state), here);
})(serialize(machine.getInitialSnapshot({} as never, DUTCH)), []);

// What each result shows comes from the one walk of every path of the content (src/content/everyPath.ts),
// which the statechart must reach exactly.
const resultOf = new Map(everyPath(flow, municipalities).paths.map(({ answers, result }) => [JSON.stringify(answers), result]));

describe(`every path of the statechart (${paths.length} paths)`, () => {
  it('reaches exactly the paths of the walk of the content, no more and no fewer', () => {
    const missing = paths.filter(({ answers }) => !resultOf.has(JSON.stringify(answers)));
    expect(missing.map(({ answers }) => answers).slice(0, 5)).toEqual([]);
    expect(paths.length).toBe(resultOf.size);
  });

  it('walks the municipalities that stand for all others: Staphorst, one more of each region, one outside, unknown', () => {
    expect(choices).toContain(STAPHORST);
    expect(choices.filter((c) => IJSSELLAND.includes(c) && c !== STAPHORST)).toHaveLength(1);
    expect(choices.filter((c) => FLEVOLAND.includes(c))).toHaveLength(1);
    expect(choices.filter((c) => !IJSSELLAND.includes(c) && !FLEVOLAND.includes(c))).toHaveLength(1);
  });

  it('reaches the result on every complete set of answers', () => {
    // danger 3 × (6 roles × 104 (age, concern, form of exploitation, physical contact and when it last happened)
    //   + self × 84, without age 0-4) × suspect 8 × municipality (4 stand-ins + unknown)
    expect(paths.length).toBe(3 * (6 * 104 + 84) * 8 * 5);
  });

  it('routes every result as SPEC says', () => {
    const wrong: string[] = [];
    for (const { answers } of paths) {
      const { danger, role, age, concern, municipality = '' } = answers as Record<string, string>;
      const form = answers['exploitation-form'];
      const { urgent, contacts, lead, act, about } = resultOf.get(JSON.stringify(answers))!;
      const suspect = answers.suspect;
      const inIjsselland = IJSSELLAND.includes(municipality);
      const inFlevoland = FLEVOLAND.includes(municipality);
      const trafficking = TRAFFICKING.includes(concern);
      const rules: [string, boolean][] = [
        ['112 exactly for danger yes or unsure', urgent.join() === (danger === 'yes' || danger === 'unsure' ? 'emergency-112' : '')],
        ['veilig-thuis on every result', contacts.includes('veilig-thuis')],
        ['vt-ijsselland exactly in IJsselland', contacts.includes('vt-ijsselland') === inIjsselland],
        ['staphorst-oekraine exactly for Staphorst', contacts.includes('staphorst-oekraine') === (municipality === STAPHORST)],
        [
          'vt-ijsselland-mensenhandel exactly for trafficking in IJsselland',
          contacts.includes('vt-ijsselland-mensenhandel') === (inIjsselland && trafficking),
        ],
        [
          'vt-flevoland-mensenhandel exactly for trafficking in Flevoland',
          contacts.includes('vt-flevoland-mensenhandel') === (inFlevoland && trafficking),
        ],
        ['lkha exactly for forced marriage', contacts.includes('lkha') === (concern === 'forced-marriage')],
        ['buitenlandse-zaken exactly for forced marriage', contacts.includes('buitenlandse-zaken') === (concern === 'forced-marriage')],
        ['csg exactly for sexual violence', contacts.includes('csg') === (concern === 'sexual' || form === 'sexual')],
        [
          'kindertelefoon exactly for a child about themselves, or someone who would rather not say their age',
          contacts.includes('kindertelefoon') === (role === 'self' && ['4-12', '12-18', 'unknown'].includes(age)),
        ],
        [
          'comensha exactly for trafficking outside the regions with a desk, or an unnamed worry about an employer',
          contacts.includes('comensha') ===
            ((trafficking && !inIjsselland && !inFlevoland) || (concern === 'unsure' && suspect === 'employer')),
        ],
        ['arbeidsinspectie exactly for labour exploitation', contacts.includes('arbeidsinspectie') === (form === 'labour')],
        [
          'politie exactly for trafficking, stalking and online sexual violence',
          contacts.includes('politie') ===
            (trafficking || concern === 'stalking' || ((concern === 'sexual' || form === 'sexual') && suspect === 'online')),
        ],
        [
          'meld-misdaad-anoniem exactly for trafficking, not about oneself',
          contacts.includes('meld-misdaad-anoniem') === (trafficking && role !== 'self'),
        ],
        ['no regional contact outside the regions', inIjsselland || inFlevoland || contacts.every((c) => NATIONAL.includes(c))],
        ['one first step, and at most one contact right below it', lead === 1 || lead === 2],
        ['the rest in SPEC order', contacts.slice(lead).every((c, i, rest) => i === 0 || ORDER.indexOf(rest[i - 1]) < ORDER.indexOf(c))],
        ['meldcode for professionals', act.includes('meldcode') === (role === 'professional')],
        ['not-your-fault for self', act.includes('not-your-fault') === (role === 'self')],
        ['talk-to-child-safely for children', act.includes('talk-to-child-safely') === (role !== 'self' && CHILD.includes(age))],
        ['something about the concern', about.length > 0],
      ];
      for (const [rule, holds] of rules) if (!holds) wrong.push(`${rule}: ${JSON.stringify(answers)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 60_000);

  it('shows the acute screen on every path that answers danger = yes, and only there', () => {
    const wrong = paths.filter(({ screens, answers }) => screens.includes('acute') !== (answers.danger === 'yes'));
    expect(wrong).toEqual([]);
  });

  it('asks the form of exploitation exactly when the concern is exploitation', () => {
    const wrong = paths.filter(({ screens, answers }) => screens.includes('exploitation-form') !== (answers.concern === 'exploitation'));
    expect(wrong).toEqual([]);
  });
});

// The other things a user does on the way: Back (the in-app Back and the browser's are one event), a
// "change" link, "start again" and the safety page, sent from the result. The municipality is the last
// question, and paths that differ only in its stand-in go through the same screens with the same earlier
// answers: these events are sent on one of each such group, its stand-in taken in turn, so that every
// stand-in is among them (a fifth of the paths; all of them took most of this file's half minute).
const PLACE = flow.questions.at(-1)!.id;
const groups = new Map<string, Path[]>();
for (const path of paths) {
  const key = JSON.stringify({ ...path.answers, [PLACE]: undefined });
  const group = groups.get(key);
  if (group) group.push(path);
  else groups.set(key, [path]);
}
const aroundPaths = [...groups.values()].map((group, index) => group[index % group.length]);

describe(`going back, changing and starting again, on every path but the stand-in (${aroundPaths.length} paths)`, () => {
  it('the last question is the municipality, and every stand-in is among the paths', () => {
    expect(PLACE).toBe('municipality');
    expect(new Set(aroundPaths.map(({ answers }) => answers[PLACE]))).toEqual(new Set([...choices, 'unknown']));
  });

  // The events go to a running actor started at the path's result, one after another as in the app: a
  // pure `transition` per event sets up an actor of its own each time, several times slower.
  const atResult = (result: Snapshot) => createActor(machine, { snapshot: result, input: DUTCH }).start();

  it('Back from the result retraces the questions of the path, one by one, keeping every answer, and stops at the first', () => {
    const wrong: string[] = [];
    for (const { screens, answers, result } of aroundPaths) {
      const questions = screens.filter((screen) => screen !== 'acute' && screen !== 'result');
      const actor = atResult(result);
      let snapshot = result;
      const retraced: string[] = [];
      while (retraced.length <= questions.length) {
        actor.send({ type: 'BACK' });
        if (actor.getSnapshot().value === snapshot.value) break;
        snapshot = actor.getSnapshot();
        retraced.push(snapshot.value as string);
        if (snapshot.context.answers !== answers && JSON.stringify(snapshot.context.answers) !== JSON.stringify(answers))
          wrong.push(`Back changed the answers: ${JSON.stringify(answers)}`);
      }
      if (retraced.join() !== [...questions].reverse().join()) wrong.push(`${screens.join(' → ')}: Back went ${retraced.join(' → ')}`);
      actor.stop();
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 240_000);

  it('"change" opens each asked question with the answers kept; a question not asked stays closed', () => {
    const wrong: string[] = [];
    const ids = flow.questions.map((q) => q.id);
    for (const { screens, answers, result } of aroundPaths) {
      const actor = atResult(result);
      for (const id of ids) {
        actor.send({ type: 'CHANGE', step: id });
        const after = actor.getSnapshot();
        const expected = screens.includes(id) ? id : 'result';
        if (after.value !== expected || after.context.answers !== result.context.answers)
          wrong.push(`change ${id} on ${JSON.stringify(answers)}: ${after.value as string}`);
        // Back to the result for the next one, as its own "change" link does.
        actor.send({ type: 'CHANGE', step: 'result' });
      }
      actor.stop();
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 240_000);

  it('"start again" and the safety page: from every result a fresh first question, and Back from the safety page to the same result', () => {
    const wrong: string[] = [];
    for (const { answers, result } of aroundPaths) {
      const actor = atResult(result);
      actor.send({ type: 'SAFETY' });
      actor.send({ type: 'BACK' });
      const back = actor.getSnapshot();
      if (back.value !== 'result' || back.context.answers !== result.context.answers)
        wrong.push(`safety and back from ${JSON.stringify(answers)}`);
      actor.send({ type: 'RESTART' });
      const restarted = actor.getSnapshot();
      if (restarted.value !== flow.questions[0].id || Object.keys(restarted.context.answers).length > 0)
        wrong.push(`restart from ${JSON.stringify(answers)}`);
      actor.stop();
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 240_000);
});

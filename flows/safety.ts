import type { Condition, FirstStepRule, Safety } from '../src/engine/schema.ts';

// SPEC.md "Safe advice", written out once more, apart from flows/advice.ts on purpose: flows:check walks
// every path and fails, naming the path, where an advice rule breaks one of these. A later content edit
// in flows/advice.ts cannot quietly make the advice unsafe. Change this file only when SPEC.md changes.

const self: Condition = { role: ['self'] };
const notSelf: Condition = { not: self };
const professional: Condition = { role: ['professional'] };
const citizen: Condition = { role: ['host', 'housemate', 'neighbour', 'family', 'volunteer'] };
const children = ['0-4', '4-12', '12-18'];
const youngChild: Condition = { age: ['0-4'] };

// Who talks to whom: exactly one of talk, support and don't confront, for every role but self and professional.
// Talk: not a housemate, who cannot get away from the person.
const talk: Condition = {
  role: ['host', 'neighbour', 'family', 'volunteer'],
  danger: ['no'],
  concern: ['boundary'],
  age: ['adult'],
  suspect: ['family', 'other'],
};
const support: Condition = {
  all: [
    citizen,
    { danger: ['no'] },
    {
      any: [
        { concern: ['neglect'], suspect: ['parent'] },
        { concern: ['care'], suspect: ['partner', 'parent', 'family'] },
      ],
    },
  ],
};
const dontConfront: Condition = { all: [citizen, { not: talk }, { not: support }] };

// Meldcode step 3 is risky when any of these holds (SPEC.md, word for word).
const risky: Condition = {
  any: [
    { danger: ['yes', 'unsure'] },
    { concern: ['sexual', 'stalking', 'exploitation', 'loverboy', 'honour', 'forced-marriage'] },
    { suspect: ['partner', 'employer', 'online', 'unknown', 'host'] },
    { concern: ['boundary'], age: children },
  ],
};
const proRisky: Condition = { all: [professional, risky] };
const proSafe: Condition = { all: [professional, { not: risky }] };

const speakAlone: Condition = { concern: ['honour', 'forced-marriage', 'exploitation', 'loverboy'] };
const childTells: Condition = {
  all: [notSelf, { age: ['4-12', '12-18'] }, { concern: ['sexual', 'home-violence', 'neglect', 'boundary', 'unsure'] }],
};
const plainTalkToVictim: Condition = { all: [notSelf, { not: youngChild }, { not: childTells }, { not: speakAlone }] };
const sexualOnline: Condition = { all: [{ suspect: ['online'] }, { any: [{ concern: ['sexual'] }, { 'exploitation-form': ['sexual'] }] }] };
const recentSexual: Condition = { 'sexual-when': ['recent', 'unsure'] };
const mayLiveWithSuspect: Condition = { all: [{ role: ['host', 'housemate'] }, { not: { suspect: ['online'] } }] };
// Images and messages online: abuse by someone known only online, and sexual abuse without physical contact.
const imagesApply: Condition = { any: [sexualOnline, { 'sexual-when': ['no-contact'] }] };
const honourOrMarriage: Condition = { concern: ['honour', 'forced-marriage'] };
const childSelf: Condition = { all: [self, { age: ['4-12', '12-18'] }] };

// SPEC.md "Contacts and routing": the first step, the first rule that holds, and the contact right below it.
const ijsselland: Condition = { region: ['ijsselland'] };
const flevoland: Condition = { region: ['flevoland'] };
const staphorstAdvice: Condition = { municipality: ['GM0180'], concern: ['boundary', 'unsure'] };
const exploitation: Condition = { concern: ['exploitation', 'loverboy'] };
/** A first step whose rule names nothing below it: the belteam in Staphorst, else the regional Veilig Thuis, else 0800-2000. */
const withDefaultBelow = (first: string, when: Condition, on: string): FirstStepRule[] => [
  { first, below: 'staphorst-oekraine', when: { all: [when, staphorstAdvice] }, on },
  ...(first === 'vt-ijsselland' ? [] : [{ first, below: 'vt-ijsselland', when: { all: [when, ijsselland] }, on }]),
  first === 'veilig-thuis' ? { first, when, on } : { first, below: 'veilig-thuis', when, on },
];
const recently: Condition = { 'sexual-when': ['recent', 'unsure'] };
const childByFamily: Condition = { age: children, suspect: ['parent', 'family', 'host'] };
const firstStep: FirstStepRule[] = [
  { first: 'vt-ijsselland', below: 'csg', when: { all: [recently, childByFamily, ijsselland] }, on: 'rule 1: a child the family may hurt' },
  { first: 'veilig-thuis', below: 'csg', when: { all: [recently, childByFamily] }, on: 'rule 1: a child the family may hurt' },
  { first: 'csg', below: 'helpwanted', when: { all: [recently, imagesApply] }, on: 'rule 1: the CSG, with images online' },
  ...withDefaultBelow('csg', recently, 'rule 1: the CSG within 7 days'),
  ...withDefaultBelow('helpwanted', imagesApply, 'rule 2: Helpwanted for images online'),
  {
    first: 'veilig-thuis',
    below: 'kindertelefoon',
    when: {
      all: [childSelf, { any: [{ concern: ['forced-marriage', 'honour', 'exploitation', 'loverboy'] }, { danger: ['yes', 'unsure'] }] }],
    },
    on: 'rule 3: a child about themself who needs Veilig Thuis',
  },
  { first: 'kindertelefoon', below: 'veilig-thuis', when: childSelf, on: 'rule 3: a child about themself' },
  ...withDefaultBelow(
    'politie',
    { concern: ['stalking'], suspect: ['other', 'online', 'employer', 'unknown'] },
    'rule 4: the police for stalking from outside',
  ),
  ...withDefaultBelow('vt-ijsselland-mensenhandel', { all: [exploitation, ijsselland] }, 'rule 5: a regional trafficking desk'),
  ...withDefaultBelow('vt-flevoland-mensenhandel', { all: [exploitation, flevoland] }, 'rule 5: a regional trafficking desk'),
  {
    first: 'comensha',
    below: 'veilig-thuis',
    when: { all: [exploitation, { age: ['adult', 'unknown'] }] },
    on: 'rule 6: CoMensha for the exploitation of an adult',
  },
  ...withDefaultBelow('vt-ijsselland', ijsselland, 'rule 7: the regional Veilig Thuis'),
  ...withDefaultBelow('veilig-thuis', { all: [] }, 'rule 8: Veilig Thuis'),
];

/** Blocks that tell a bystander what to do: none of them is for someone checking about themselves. */
const bystander = [
  'take-feeling-seriously',
  'do-not-confront',
  'talk-to-suspect',
  'speak-up',
  'offer-support',
  'watch-young-child',
  'listen-to-child',
  'talk-to-victim-alone',
  'talk-to-victim',
  'talk-to-child-safely',
  'meldcode',
  'tell-coordinator',
];

/** `ids` show exactly on the paths where `when` holds. */
const exactly = (ids: string[], when: Condition, on: string, off: string) => [
  { shows: ids, always: when, on },
  { shows: ids, never: { not: when }, on: off },
];

export const safety: Safety = {
  risky,
  firstStep,
  rules: [
    ...exactly(['talk-to-suspect', 'speak-up'], talk, 'the seed’s case for talking', 'a path outside the seed’s case for talking'),
    ...exactly(['offer-support'], support, 'a path for friendly support', 'a path that is not one for friendly support'),
    ...exactly(
      ['do-not-confront'],
      dontConfront,
      'a path where a citizen must not confront',
      'a path where do-not-confront is not the rule',
    ),
    ...exactly(
      ['meldcode', 'meldcode.duty', 'meldcode.decide', 'meldcode.decide-when', 'meldcode.decide-open'],
      professional,
      "a professional's path",
      'a path of someone who is not a professional',
    ),
    ...exactly(
      ['meldcode.child-told'],
      { all: [professional, { age: ['4-12', '12-18'] }] },
      "a professional's path about a child who can tell",
      'a path not of a professional about a child who can tell',
    ),
    ...exactly(['meldcode.talk'], proSafe, "a professional's path where talking is safe", 'a path where meldcode step 3 is risky'),
    ...exactly(
      ['meldcode.talk-risky'],
      { all: [proRisky, { not: { concern: ['forced-marriage'] } }] },
      "a professional's risky path (not forced marriage)",
      'a path where meldcode step 3 is safe, or about forced marriage',
    ),
    ...exactly(
      ['meldcode.talk-risky-lkha'],
      { all: [professional, { concern: ['forced-marriage'] }] },
      "a professional's path about forced marriage",
      'a path not about forced marriage',
    ),
    ...exactly(['tell-coordinator'], { role: ['volunteer'] }, "a volunteer's path", 'a path of someone who is not a volunteer'),
    { shows: bystander, never: self, on: 'a path about oneself (role self)' },
    {
      shows: [
        'signs-trafficking',
        'signs-loverboys',
        'signs-traditional-practices',
        'signs-care',
        'signs-age-0-4',
        'signs-age-4-12',
        'signs-age-12-18',
        'signs-adult',
        'signs-age-unknown',
      ],
      never: self,
      on: 'a path about oneself: the signalenkaart is a checklist for someone who worries about another',
    },
    ...exactly(['self-safe-first', 'not-your-fault'], self, 'a path about oneself', 'a path not about oneself'),
    ...exactly(['trusted-adult'], childSelf, 'a child’s path about themselves', 'a path that is not a child’s about themselves'),
    ...exactly(
      ['trusted-adult@outside-family'],
      { all: [childSelf, speakAlone] },
      'a child’s path about honour, forced marriage or exploitation',
      'a path where a family friend may be trusted',
    ),
    // Words for the person it happens to: no bystander's words on their own path.
    ...exactly(['what-happens@self'], self, 'a path about oneself', 'a path not about oneself'),
    ...exactly(
      ['no-mediation@self'],
      { all: [self, honourOrMarriage] },
      'an honour or forced-marriage path about oneself',
      'a path that is not about one’s own honour or forced marriage',
    ),
    ...exactly(
      ['before-travel@self'],
      { all: [self, { concern: ['forced-marriage'] }] },
      'a forced-marriage path about oneself',
      'a path that is not about one’s own forced marriage',
    ),
    ...exactly(
      ['online-images@self'],
      { all: [self, imagesApply] },
      'a path about one’s own images online',
      'a path that is not about one’s own images online',
    ),
    {
      shows: ['what-happens@default', 'no-mediation@default', 'before-travel@default', 'online-images@default', 'csg-first-week@default'],
      never: self,
      on: 'a path about oneself: its words are for a bystander',
    },
    { shows: ['csg-first-week@not-first'], never: self, on: 'a path about oneself: its words are for a bystander' },
    ...exactly(
      ['no-mediation.report-anyway'],
      { all: [notSelf, honourOrMarriage, { any: [{ age: children }, professional] }] },
      'an honour or forced-marriage path about a child, or of a professional',
      'a path where no report is needed against the person’s will',
    ),
    ...exactly(['watch-young-child'], { all: [notSelf, youngChild] }, 'a path about a child of 0-4', 'a path not about a child of 0-4'),
    ...exactly(['listen-to-child'], childTells, 'a path where a child of 4-18 may tell', 'a path where listen-to-child does not apply'),
    ...exactly(
      ['talk-to-victim-alone'],
      { all: [notSelf, speakAlone, { not: youngChild }] },
      'a path about honour, forced marriage, exploitation or a loverboy',
      'a path not about honour, forced marriage, exploitation or a loverboy (or about a child of 0-4)',
    ),
    ...exactly(
      ['talk-to-victim'],
      plainTalkToVictim,
      'a path where talking with the person is the advice',
      'a path with another way to talk',
    ),
    ...exactly(['talk-to-child-safely'], { all: [notSelf, { age: children }] }, 'a path about a child', 'a path not about a child'),
    ...exactly(
      ['no-mediation'],
      { concern: ['honour', 'forced-marriage'] },
      'an honour or forced-marriage path',
      'a path without honour or forced marriage',
    ),
    ...exactly(['before-travel'], { concern: ['forced-marriage'] }, 'a forced-marriage path', 'a path not about forced marriage'),
    ...exactly(
      ['online-images', 'online-images.images', 'helpwanted'],
      imagesApply,
      'a path of images or messages online, or without physical contact',
      'a path without images or messages online',
    ),
    ...exactly(['csg-first-week'], recentSexual, 'a path of recent sexual violence', 'a path without recent sexual violence'),
    ...exactly(['what-happens'], { not: professional }, 'a path of someone who is not a professional', "a professional's path"),
    { shows: ['write-down'], always: { all: [] }, on: 'any path' },
    ...exactly(['write-down.log'], { concern: ['stalking'] }, 'a stalking path', 'a path not about stalking'),
    ...exactly(
      ['write-down.only-if-safe'],
      { any: [self, mayLiveWithSuspect] },
      'a path where the notes could be found',
      'a path where the notes are not at risk',
    ),
    ...exactly(
      ['emergency-112'],
      { danger: ['yes', 'unsure'] },
      'a path where someone may be in danger now',
      'a path where no one is in danger now',
    ),
  ],
};

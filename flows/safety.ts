import type { Condition, Safety } from '../src/engine/schema.ts';

// SPEC.md "Safe advice", written out once more, apart from flows/advice.ts on purpose: flows:check walks
// every path and fails, naming the path, where an advice rule breaks one of these. A later content edit
// in flows/advice.ts cannot quietly make the advice unsafe. Change this file only when SPEC.md changes.

const self: Condition = { role: ['self'] };
const notSelf: Condition = { not: self };
const children = ['0-4', '4-12', '12-18'];
const youngChild: Condition = { age: ['0-4'] };

// Talking to the person you suspect is risky when any of these holds (SPEC.md, word for word).
const risky: Condition = {
  any: [
    { danger: ['yes', 'unsure'] },
    { concern: ['sexual', 'stalking', 'exploitation', 'loverboy', 'honour', 'forced-marriage'] },
    { suspect: ['partner', 'employer', 'online', 'unknown'] },
    { role: ['housemate'], suspect: ['host'] },
    { concern: ['boundary'], age: children },
  ],
};
const safeToTalk: Condition = { all: [notSelf, { not: risky }] };
const speakAlone: Condition = { concern: ['honour', 'forced-marriage', 'exploitation', 'loverboy'] };
const childSexual: Condition = { age: ['4-12', '12-18'], concern: ['sexual'] };
// Blocks that tell a bystander what to do: none of them is for someone checking about themselves.
const bystander = [
  'take-feeling-seriously',
  'do-not-confront',
  'watch-young-child',
  'listen-to-child',
  'talk-to-victim-alone',
  'talk-to-victim',
  'talk-to-suspect',
  'speak-up',
  'talk-to-child-safely',
  'meldcode',
];

export const safety: Safety = {
  risky,
  rules: [
    { shows: ['talk-to-suspect', 'speak-up'], never: risky, on: 'a risky path' },
    { shows: ['talk-to-suspect', 'speak-up'], always: safeToTalk, on: 'a path where talking is safe (role not self)' },
    { shows: ['do-not-confront'], always: { all: [notSelf, risky] }, on: 'a risky path (role not self)' },
    { shows: ['do-not-confront'], never: { not: risky }, on: 'a path where talking is safe' },
    { shows: bystander, never: self, on: 'a path about oneself (role self)' },
    { shows: ['self-safe-first', 'not-your-fault'], always: self, on: 'a path about oneself (role self)' },
    { shows: ['watch-young-child'], always: { all: [notSelf, youngChild] }, on: 'a path about a child of 0-4' },
    { shows: ['watch-young-child'], never: { not: youngChild }, on: 'a path not about a child of 0-4' },
    { shows: ['listen-to-child'], always: { all: [notSelf, childSexual] }, on: 'a path about sexual violence against a child of 4-18' },
    { shows: ['listen-to-child'], never: { not: childSexual }, on: 'a path not about sexual violence against a child of 4-18' },
    {
      shows: ['talk-to-victim-alone'],
      always: { all: [notSelf, speakAlone, { not: youngChild }] },
      on: 'a path about honour, forced marriage, exploitation or a loverboy',
    },
    {
      shows: ['talk-to-victim-alone'],
      never: { any: [{ not: speakAlone }, youngChild] },
      on: 'a path not about honour, forced marriage, exploitation or a loverboy (or about a child of 0-4)',
    },
    {
      shows: ['talk-to-victim'],
      never: { any: [youngChild, speakAlone, childSexual] },
      on: 'a path about a child of 0-4, sexual violence against a child, honour, forced marriage, exploitation or a loverboy',
    },
    {
      shows: ['talk-to-victim'],
      always: { all: [notSelf, { not: { any: [youngChild, speakAlone, childSexual] } }] },
      on: 'a path where talking with the person is the advice',
    },
    { shows: ['meldcode.talk'], never: risky, on: 'a risky path' },
    { shows: ['meldcode.talk-risky'], always: { all: [{ role: ['professional'] }, risky] }, on: "a professional's risky path" },
    { shows: ['meldcode.talk-risky'], never: { not: risky }, on: 'a path where talking is safe' },
    { shows: ['write-down'], always: { all: [] }, on: 'any path' },
    { shows: ['write-down.log'], always: { concern: ['stalking'] }, on: 'a stalking path' },
    { shows: ['emergency-112'], always: { danger: ['yes', 'unsure'] }, on: 'a path where someone may be in danger now' },
    { shows: ['emergency-112'], never: { danger: ['no'] }, on: 'a path where no one is in danger now' },
  ],
};

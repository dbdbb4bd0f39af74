import type { Advice, Condition } from '../src/engine/schema.ts';
import { source } from './sources.ts';

// Advice blocks of the result, in the order shown. "act": what you can do now; "about": about this
// concern. Each block's words are in locales/*/translation.json under advice.<id>.
//
// What is safe to advise depends on the situation (SPEC.md "Safe advice"). flows/safety.ts states SPEC's
// rules once more, on their own, and flows:check holds these blocks to them on every path.

const self: Condition = { role: ['self'] };
const notSelf: Condition = { not: self };
const children = ['0-4', '4-12', '12-18'];
const youngChild: Condition = { age: ['0-4'] };
// Talking to the person you suspect could put someone at risk: then don't confront, get advice first.
const riskyToTalk: Condition = {
  any: [
    { danger: ['yes', 'unsure'] },
    { concern: ['sexual', 'stalking', 'exploitation', 'loverboy', 'honour', 'forced-marriage'] },
    { suspect: ['partner', 'employer', 'online', 'unknown'] },
    // A refugee who depends on the host for a roof.
    { role: ['housemate'], suspect: ['host'] },
    { concern: ['boundary'], age: children },
  ],
};
const safeToTalk: Condition = { all: [notSelf, { not: riskyToTalk }] };
// Where the family, partner or employer may be the ones who do it: talk to the person only alone.
const speakAloneConcerns: Condition = { concern: ['honour', 'forced-marriage', 'exploitation', 'loverboy'] };
const childTellsOfSexualAbuse: Condition = { age: ['4-12', '12-18'], concern: ['sexual'] };
const signalenkaart = 'https://signalenkaart.nl';
const themedConcerns = ['exploitation', 'loverboy', 'honour', 'forced-marriage', 'care'];

export const advice: Advice[] = [
  // What you can do now
  {
    id: 'not-your-fault',
    block: 'act',
    when: self,
    sources: [source.nationalAnonymous, source.anonymousAdvice],
  },
  {
    id: 'self-safe-first',
    block: 'act',
    when: self,
    sources: [source.vtLooksWithYou, source.noContactWithStalker, source.neverTalkToStalker],
  },
  {
    id: 'meldcode',
    block: 'act',
    when: { role: ['professional'] },
    points: ['signals', 'consult', { id: 'talk', when: { not: riskyToTalk } }, { id: 'talk-risky', when: riskyToTalk }, 'weigh', 'decide'],
    numbered: true,
    sources: [
      source.meldcodeSteps,
      source.meldcodeRecord,
      source.meldcodeSkipTalk,
      source.honourNoTalkWithoutExpert,
      source.noTalkWithoutExperts,
      source.contactVtFirst,
      source.meldcodeWeigh,
      source.meldcodeDecide,
      source.adviceWithoutRegistration,
    ],
  },
  {
    id: 'take-feeling-seriously',
    block: 'act',
    when: notSelf,
    sources: [source.feeling],
  },
  {
    id: 'do-not-confront',
    block: 'act',
    when: { all: [notSelf, riskyToTalk] },
    sources: [source.avoidConfrontation, source.neverTalkToStalker, source.noTalkWithoutExperts, source.honourNoTalkWithoutExpert],
  },
  {
    id: 'watch-young-child',
    block: 'act',
    when: { all: [notSelf, youngChild] },
    sources: [source.babyCannotTell],
  },
  {
    id: 'listen-to-child',
    block: 'act',
    when: { all: [notSelf, childTellsOfSexualAbuse] },
    sources: [source.doNotQuestionChild, source.openQuestions, source.stayCalmListen],
  },
  {
    id: 'talk-to-victim-alone',
    block: 'act',
    when: { all: [notSelf, speakAloneConcerns, { not: youngChild }] },
    sources: [source.speakAlone, source.victimAlone, source.talkUnheard, source.honourPrepareTalk],
  },
  {
    id: 'talk-to-victim',
    block: 'act',
    when: { all: [notSelf, { not: youngChild }, { not: childTellsOfSexualAbuse }, { not: speakAloneConcerns }] },
    sources: [source.talkToVictim],
  },
  {
    id: 'talk-to-suspect',
    block: 'act',
    when: safeToTalk,
    sources: [source.talkToSuspect],
  },
  {
    id: 'speak-up',
    block: 'act',
    when: safeToTalk,
    sources: [source.speakUp],
  },
  {
    id: 'talk-to-child-safely',
    block: 'act',
    when: { all: [notSelf, { age: children }] },
    sources: [source.childSafely, source.victimAlone],
  },
  {
    id: 'write-down',
    block: 'act',
    when: { all: [] },
    points: [{ id: 'log', when: { concern: ['stalking'] } }],
    sources: [source.meldcodeRecord, source.stalkingDiary, source.stalkingDocument],
  },
  {
    id: 'ask-advice',
    block: 'act',
    when: { all: [] },
    sources: [source.anonymousAdvice, source.nationalAnonymous],
  },

  // About this concern
  {
    id: 'about-home-violence',
    block: 'about',
    when: { concern: ['home-violence'] },
    points: ['witness', 'physical', 'psychological'],
    sources: [source.witness, source.physical, source.psychological],
  },
  {
    id: 'about-sexual',
    block: 'about',
    when: { concern: ['sexual'] },
    sources: [source.sexual],
  },
  {
    id: 'about-neglect',
    block: 'about',
    when: { concern: ['neglect'] },
    sources: [source.neglect],
  },
  {
    id: 'about-elder',
    block: 'about',
    when: { concern: ['elder'] },
    sources: [source.elder],
  },
  {
    id: 'about-exploitation',
    block: 'about',
    when: { concern: ['exploitation'] },
    sources: [source.trafficking],
  },
  {
    id: 'about-labour-exploitation',
    block: 'about',
    when: { concern: ['exploitation'], 'exploitation-form': ['labour', 'unsure'] },
    sources: [source.labour],
  },
  {
    id: 'about-sexual-exploitation',
    block: 'about',
    when: { concern: ['exploitation'], 'exploitation-form': ['sexual', 'unsure'] },
    points: ['paid', 'online'],
    sources: [source.sexualExploitation, source.onlineExploitation],
  },
  {
    id: 'about-criminal-exploitation',
    block: 'about',
    when: { concern: ['exploitation'], 'exploitation-form': ['criminal', 'unsure'] },
    sources: [source.criminal],
  },
  {
    id: 'about-organ-removal',
    block: 'about',
    when: { concern: ['exploitation'], 'exploitation-form': ['organ', 'unsure'] },
    sources: [source.organ],
  },
  {
    id: 'about-loverboy',
    block: 'about',
    when: { concern: ['loverboy'] },
    sources: [source.loverboy, source.trafficking],
  },
  {
    id: 'about-forced-marriage',
    block: 'about',
    when: { concern: ['forced-marriage'] },
    sources: [source.forcedMarriage, source.abandonment],
  },
  {
    id: 'about-honour',
    block: 'about',
    when: { concern: ['honour'] },
    sources: [source.honour],
  },
  {
    id: 'about-stalking',
    block: 'about',
    when: { concern: ['stalking'] },
    sources: [source.stalking],
  },
  {
    id: 'about-boundary',
    block: 'about',
    when: { concern: ['boundary'] },
    sources: [source.boundary, source.boundaryRisk],
  },
  {
    id: 'about-care',
    block: 'about',
    when: { concern: ['care'] },
    sources: [source.ontspoordeZorg, source.signalenkaartThemes],
  },
  {
    id: 'about-unsure',
    block: 'about',
    when: { concern: ['unsure'] },
    sources: [source.feeling],
  },

  // Where to find the signs: the signalenkaart's theme tab, else the tab for the age group.
  {
    id: 'signs-trafficking',
    block: 'about',
    when: { concern: ['exploitation'] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-loverboys',
    block: 'about',
    when: { concern: ['loverboy'] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-traditional-practices',
    block: 'about',
    when: { concern: ['honour', 'forced-marriage'] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-care',
    block: 'about',
    when: { concern: ['care'] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-age-0-4',
    block: 'about',
    when: { all: [{ age: ['0-4'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-age-4-12',
    block: 'about',
    when: { all: [{ age: ['4-12'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-age-12-18',
    block: 'about',
    when: { all: [{ age: ['12-18'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-adult',
    block: 'about',
    when: { all: [{ age: ['adult'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-age-unknown',
    block: 'about',
    when: { all: [{ age: ['unknown'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
];

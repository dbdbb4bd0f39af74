import type { Advice, Condition } from '../src/engine/schema.ts';
import { source } from './sources.ts';

// Advice blocks of the result, in the order shown. "act": what you can do now; "about": about this
// concern. Each block's words are in locales/*/translation.json under advice.<id>.
//
// What is safe to advise depends on the situation (SPEC.md "Safe advice"). flows/safety.ts states SPEC's
// rules once more, on their own, and flows:check holds these blocks to them on every path.

const self: Condition = { role: ['self'] };
const notSelf: Condition = { not: self };
const professional: Condition = { role: ['professional'] };
const children = ['0-4', '4-12', '12-18'];
const youngChild: Condition = { age: ['0-4'] };
const olderChild: Condition = { age: ['4-12', '12-18'] };

// Safe by default (SPEC.md "Safe advice"): a citizen or volunteer is told to talk to the person they suspect
// only in the seed's own case, offered a friendly way to support an overburdened parent or carer, and
// otherwise told not to raise it with that person. Professionals follow their meldcode; a person checking
// about themselves gets advice of their own.
const citizenRoles = ['host', 'housemate', 'neighbour', 'family', 'volunteer'];
const talk: Condition = { danger: ['no'], concern: ['boundary'], age: ['adult'], suspect: ['family', 'other'], role: citizenRoles };
const support: Condition = {
  all: [
    { danger: ['no'], role: citizenRoles },
    {
      any: [
        { concern: ['neglect'], suspect: ['parent'] },
        { concern: ['care'], suspect: ['partner', 'parent', 'family'] },
      ],
    },
  ],
};
const doNotConfront: Condition = { all: [{ role: citizenRoles }, { not: talk }, { not: support }] };
// Meldcode step 3 (talk with the person concerned or the parents) is risky here: no conversation with the
// suspect or the family before expert advice.
const meldcodeTalkRisky: Condition = {
  any: [
    { danger: ['yes', 'unsure'] },
    { concern: ['sexual', 'stalking', 'exploitation', 'loverboy', 'honour', 'forced-marriage'] },
    { suspect: ['partner', 'employer', 'online', 'unknown', 'host'] },
    { concern: ['boundary'], age: children },
  ],
};
// Where the family, partner or employer may be the ones who do it: talk to the person only alone.
const speakAloneConcerns: Condition = { concern: ['honour', 'forced-marriage', 'exploitation', 'loverboy'] };
const childTells: Condition = { all: [notSelf, olderChild, { concern: ['sexual', 'home-violence', 'neglect', 'boundary', 'unsure'] }] };
const sexualOnline: Condition = { all: [{ suspect: ['online'] }, { any: [{ concern: ['sexual'] }, { 'exploitation-form': ['sexual'] }] }] };
// Notes could be found by the person it is about: on one's own situation, or where the suspect may live in.
const notesMayBeFound: Condition = {
  any: [self, { role: ['host', 'housemate'], suspect: ['host', 'partner', 'parent', 'family'] }],
};
const signalenkaart = 'https://signalenkaart.nl';
const themedConcerns = ['exploitation', 'loverboy', 'honour', 'forced-marriage', 'care'];

export const advice: Advice[] = [
  // What you can do now. First the block that says whether to talk to anyone.
  {
    id: 'self-safe-first',
    block: 'act',
    when: self,
    sources: [source.vtLooksWithYou, source.noContactWithStalker, source.neverTalkToStalker],
  },
  {
    id: 'meldcode',
    block: 'act',
    when: professional,
    points: [
      'duty',
      'signals',
      'consult',
      { id: 'talk', when: { not: meldcodeTalkRisky } },
      { id: 'talk-risky', when: { all: [meldcodeTalkRisky, { not: { concern: ['forced-marriage'] } }] } },
      { id: 'talk-risky-lkha', when: { concern: ['forced-marriage'] } },
      'weigh',
      'decide',
    ],
    sources: [
      source.meldcodeLaw,
      source.meldcodeSectors,
      source.aandachtsfunctionaris,
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
    id: 'do-not-confront',
    block: 'act',
    when: doNotConfront,
    sources: [source.avoidConfrontation, source.neverTalkToStalker, source.noTalkWithoutExperts, source.honourNoTalkWithoutExpert],
  },
  {
    id: 'talk-to-suspect',
    block: 'act',
    when: talk,
    sources: [source.talkToSuspect],
  },
  {
    id: 'speak-up',
    block: 'act',
    when: talk,
    sources: [source.speakUp],
  },
  {
    id: 'offer-support',
    block: 'act',
    when: support,
    points: [{ id: 'not-the-child', when: { concern: ['neglect'] } }],
    sources: [
      source.supportParents,
      source.supportFamily,
      source.supportStillCallVt,
      source.carerNotOnPurpose,
      source.supportCarers,
      source.doNotQuestionChild,
    ],
  },
  {
    id: 'tell-coordinator',
    block: 'act',
    when: { role: ['volunteer'] },
    sources: [source.volunteersNoMeldcode, source.volunteerTellsContact, source.adviceIsAnonymous],
  },
  {
    id: 'csg-first-week',
    block: 'act',
    when: { 'sexual-when': ['recent', 'unsure'] },
    points: [{ id: 'self-traces', when: self }],
    sources: [
      source.csgSevenDaysTraces,
      source.csgTracesWithinSevenDays,
      source.csgAfterSevenDays,
      source.csgForOthersToo,
      source.noWashing,
      source.noChangingClothes,
    ],
  },
  {
    id: 'online-images',
    block: 'act',
    when: sexualOnline,
    sources: [
      source.sextortionBlockDontPay,
      source.sextortionNeverComply,
      source.sextortionEvidence,
      source.childImagesCrime,
      source.notYourFaultOnline,
    ],
  },
  {
    id: 'before-travel',
    block: 'act',
    when: { concern: ['forced-marriage'] },
    sources: [source.beforeTravel, source.beforeTravelAdvice, source.stayInTheNetherlands, source.foreignAffairsAlways],
  },
  {
    id: 'no-mediation',
    block: 'act',
    when: { concern: ['honour', 'forced-marriage'] },
    sources: [source.noTalkWithParentsHonour, source.neverWithoutTheirAgreement, source.honourNoTalkWithoutExpert, source.callVtTogether],
  },
  {
    id: 'not-your-fault',
    block: 'act',
    when: self,
    sources: [source.nationalAnonymous, source.anonymousAdvice],
  },
  {
    id: 'trusted-adult',
    block: 'act',
    when: { all: [self, olderChild] },
    sources: [source.trustedAdult, source.orCallKindertelefoon, source.kindertelefoon, source.vtForChildren, source.nationalNumber],
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
    when: childTells,
    sources: [
      source.stayCalmListen,
      source.goodThatYouTold,
      source.notTheChildsFault,
      source.justListen,
      source.doNotQuestionChild,
      source.openInvitation,
      source.noSuggestiveQuestions,
      source.noSecrecyPromise,
      source.sayWhatYouWillDo,
      source.notOnYourOwn,
    ],
  },
  {
    id: 'talk-to-victim-alone',
    block: 'act',
    when: { all: [notSelf, speakAloneConcerns, { not: youngChild }] },
    sources: [source.speakAlone, source.victimAlone, source.talkUnheard, source.honourPrepareTalk, source.childSafely],
  },
  {
    id: 'talk-to-victim',
    block: 'act',
    when: { all: [notSelf, { not: youngChild }, { not: childTells }, { not: speakAloneConcerns }] },
    sources: [source.talkToVictim, source.victimAlone, source.speakAlone],
  },
  {
    id: 'talk-to-child-safely',
    block: 'act',
    when: { all: [notSelf, { age: children }] },
    sources: [source.childSafely],
  },
  {
    id: 'take-feeling-seriously',
    block: 'act',
    when: notSelf,
    sources: [source.feeling],
  },
  {
    id: 'write-down',
    block: 'act',
    when: { all: [] },
    points: [
      { id: 'log', when: { concern: ['stalking'] } },
      { id: 'only-if-safe', when: notesMayBeFound },
    ],
    sources: [source.meldcodeRecord, source.stalkingDiary, source.stalkingDocument],
  },
  {
    id: 'what-happens',
    block: 'act',
    when: { not: professional },
    sources: [source.anonymousAdvice, source.adviceRecordsNothing, source.callerNotNamed, source.vtDecidesNextSteps],
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

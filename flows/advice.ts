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
// Not a housemate: someone who lives in the same house or shelter cannot get away from the person.
const talk: Condition = {
  danger: ['no'],
  concern: ['boundary'],
  age: ['adult'],
  suspect: ['family', 'other'],
  role: ['host', 'neighbour', 'family', 'volunteer'],
};
const support: Condition = {
  all: [
    { danger: ['no'], role: ['host', 'housemate', 'neighbour', 'family', 'volunteer'] },
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
// Images and messages: abuse by someone known only online, and any sexual abuse without physical contact.
const onlineImages: Condition = { any: [sexualOnline, { 'sexual-when': ['no-contact'] }] };
// Notes could be found by the person it is about: on one's own situation, or where the suspect may live.
const notesMayBeFound: Condition = { any: [self, { all: [{ role: ['host', 'housemate'] }, { not: { suspect: ['online'] } }] }] };
const csgIsFirst: Condition = { 'first-step': ['csg'] };
const signalenkaart = 'https://signalenkaart.nl';
const themedConcerns = ['exploitation', 'loverboy', 'honour', 'forced-marriage', 'care'];

export const advice: Advice[] = [
  // What you can do now. First the block that says whether to talk to anyone.
  {
    id: 'self-safe-first',
    block: 'act',
    when: self,
    points: [{ id: 'stalking', when: { concern: ['stalking'] } }],
    sources: [source.vtLooksWithYou, source.noContactWithStalker, source.stalkingSayStop, source.neverTalkToStalker, source.stalkingDiary],
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
      // A child who told you: the talk with the parents is prepared with expert help, so that it does not put the child at risk.
      { id: 'child-told', when: { age: ['4-12', '12-18'] } },
      'weigh',
      'decide',
      'decide-when',
      'decide-open',
    ],
    also: ['veilig-thuis', 'lkha'],
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
      source.talkToParentsAdvice,
      source.disclosureReported,
      source.reportWhenHelpFallsShort,
      source.reportWhenHelpRefused,
      source.reportWhenHelpTooSlow,
      source.tellBeforeReporting,
      source.openReportingUnless,
      source.openReportingChildSafety,
      source.openReportingOwnSafety,
      source.helpGoesOn,
      source.proAskVtFirstForcedMarriage,
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
    also: ['veilig-thuis'],
    sources: [source.volunteersNoMeldcode, source.volunteerTellsContact, source.adviceIsAnonymous],
  },
  {
    id: 'csg-first-week',
    block: 'act',
    when: { 'sexual-when': ['recent', 'unsure'] },
    // Where the CSG is not the first step (a child the family may be hurting): tell the first step at once, and call the CSG too.
    variants: [
      { id: 'self-not-first', when: { all: [self, { not: csgIsFirst }] } },
      { id: 'not-first', when: { not: csgIsFirst } },
      { id: 'self', when: self },
    ],
    points: [{ id: 'self-traces', when: { all: [self, csgIsFirst] } }],
    also: ['csg'],
    sources: [
      source.csgSevenDaysTraces,
      source.csgTracesWithinSevenDays,
      source.csgAfterSevenDays,
      source.csgAfterSevenDaysCall,
      source.csgForOthersToo,
      source.noWashing,
      source.noChangingClothes,
    ],
  },
  {
    id: 'online-images',
    block: 'act',
    when: onlineImages,
    variants: [{ id: 'self', when: self }],
    points: ['images'],
    also: ['helpwanted', 'politie'],
    sources: [
      source.sextortionBlockDontPay,
      source.sextortionNeverComply,
      source.sextortionEvidence,
      source.sextortionScreenshotMessages,
      source.sextortionReport,
      source.childImagesCrime,
      source.doNotSpreadImages,
      source.notYourFaultOnline,
      source.helpwantedRemovesImages,
      source.helpwantedNoContact,
    ],
  },
  {
    id: 'before-travel',
    block: 'act',
    when: { concern: ['forced-marriage'] },
    variants: [{ id: 'self', when: self }],
    also: ['buitenlandse-zaken'],
    sources: [source.beforeTravel, source.beforeTravelAdvice, source.stayInTheNetherlands, source.foreignAffairsAlways],
  },
  {
    id: 'no-mediation',
    block: 'act',
    when: { concern: ['honour', 'forced-marriage'] },
    variants: [{ id: 'self', when: self }],
    // A child, or a professional's meldcode: a report may be needed even when the person does not want it.
    points: [{ id: 'report-anyway', when: { all: [notSelf, { any: [{ age: children }, professional] }] } }],
    sources: [
      source.noTalkWithParentsHonour,
      source.neverWithoutTheirAgreement,
      source.honourNoTalkWithoutExpert,
      source.callVtTogether,
      source.vtWithoutAgreement,
      source.disclosureReported,
      source.contactVtFirst,
    ],
  },
  {
    id: 'not-your-fault',
    block: 'act',
    when: self,
    sources: [source.notYourFaultOnline, source.notTheChildsFault],
  },
  {
    id: 'trusted-adult',
    block: 'act',
    when: { all: [self, olderChild] },
    // Where the family may be the ones who do it: someone outside the family and the community.
    variants: [{ id: 'outside-family', when: speakAloneConcerns }],
    also: ['kindertelefoon', 'veilig-thuis'],
    sources: [
      source.trustedAdult,
      source.orCallKindertelefoon,
      source.kindertelefoon,
      source.vtForChildren,
      source.nationalNumber,
      source.tellAnAdultOutside,
      source.noTalkWithParentsHonour,
    ],
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
    // A child: out of the family's hearing, but in sight of others (talk-to-child-safely). Exploitation: out of
    // the hearing of whoever belongs to the one who may exploit (an employer, a "boyfriend"), not "the family".
    variants: [
      { id: 'child', when: olderChild },
      { id: 'exploitation', when: { concern: ['exploitation', 'loverboy'] } },
    ],
    sources: [source.speakAlone, source.victimAlone, source.talkUnheard, source.honourPrepareTalk, source.childSafely],
  },
  {
    id: 'talk-to-victim',
    block: 'act',
    when: { all: [notSelf, { not: youngChild }, { not: childTells }, { not: speakAloneConcerns }] },
    // Where the one who may do it is no family (an employer, someone online, anyone else): no "the family".
    variants: [{ id: 'not-family', when: { suspect: ['employer', 'online', 'other'] } }],
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
    // The person it happens to would be the first one suspected: no promise that the other person won't know.
    variants: [{ id: 'self', when: self }],
    also: ['veilig-thuis'],
    sources: [
      source.anonymousAdvice,
      source.adviceRecordsNothing,
      source.adviceNotRegistered,
      source.callerNotNamed,
      source.anonymousReportSuspicion,
      source.vtDecidesNextSteps,
      source.vtDecidesAfterReport,
      source.nationalAnonymous,
      source.vtWithYou,
      source.vtInConsultation,
      source.vtWithoutAgreement,
      source.vtForChildren,
    ],
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

  // Where to find the signs: the signalenkaart's theme tab, else the tab for the age group. A checklist for
  // someone who worries about another person: not on the path of the person it happens to.
  {
    id: 'signs-trafficking',
    block: 'about',
    when: { all: [notSelf, { concern: ['exploitation'] }] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-loverboys',
    block: 'about',
    when: { all: [notSelf, { concern: ['loverboy'] }] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-traditional-practices',
    block: 'about',
    when: { all: [notSelf, { concern: ['honour', 'forced-marriage'] }] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-care',
    block: 'about',
    when: { all: [notSelf, { concern: ['care'] }] },
    link: signalenkaart,
    sources: [source.signalenkaartThemes],
  },
  {
    id: 'signs-age-0-4',
    block: 'about',
    when: { all: [notSelf, { age: ['0-4'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-age-4-12',
    block: 'about',
    when: { all: [notSelf, { age: ['4-12'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-age-12-18',
    block: 'about',
    when: { all: [notSelf, { age: ['12-18'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-adult',
    block: 'about',
    when: { all: [notSelf, { age: ['adult'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
  {
    id: 'signs-age-unknown',
    block: 'about',
    when: { all: [notSelf, { age: ['unknown'] }, { not: { concern: themedConcerns } }] },
    link: signalenkaart,
    sources: [source.signalenkaart],
  },
];

import type { Condition, Contact, FirstStep, RightBelow } from '../src/engine/schema.ts';
import { source } from './sources.ts';

// Contacts in SPEC.md's order ("Contacts and routing"): the result shows those whose `when` holds, in this
// order, after the first step (`firstSteps` below), with 112 in its own block above. Every number, address and hour carries the sentence it comes
// from; hours only where a source states them. Nothing here may come from memory: where the sources give
// no number (LKHA), there is none.

const exploitationConcerns = ['exploitation', 'loverboy'];
// The regions with a trafficking desk of their own; elsewhere CoMensha's national helpdesk takes its place.
const regionsWithTraffickingDesk = ['ijsselland', 'flevoland'];
const sexual: Condition = { any: [{ concern: ['sexual'] }, { 'exploitation-form': ['sexual'] }] };
const sexualOnline: Condition = { all: [{ suspect: ['online'] }, sexual] };
// Where the advice on images and messages online shows (flows/advice.ts `online-images`): abuse by someone
// known only online, and any sexual abuse without physical contact.
const onlineImages: Condition = { any: [sexualOnline, { 'sexual-when': ['no-contact'] }] };
// Physical contact in the last 7 days, or not sure when: medical care and traces cannot wait.
const physicalRecently: Condition = { 'sexual-when': ['recent', 'unsure'] };
const children = ['0-4', '4-12', '12-18'];
// A bystander cannot take a child to the CSG when the family may be doing it: Veilig Thuis leads, the CSG right below.
const childByFamily: Condition = { age: children, suspect: ['parent', 'family', 'host'] };
const childAboutThemself: Condition = { role: ['self'], age: ['4-12', '12-18'] };
// De Kindertelefoon cannot act, and is closed at night.
const childNeedsAction: Condition = {
  all: [childAboutThemself, { any: [{ concern: ['forced-marriage', 'honour', ...exploitationConcerns] }, { danger: ['yes', 'unsure'] }] }],
};
const stalkingFromOutside: Condition = { concern: ['stalking'], suspect: ['other', 'online', 'employer', 'unknown'] };

export const contacts: Contact[] = [
  {
    id: 'emergency-112',
    name: '112',
    urgent: true,
    when: { danger: ['yes', 'unsure'] },
    phones: [{ number: '112', source: source.call112 }],
    emails: [],
    sources: [source.call112, source.nationalDanger],
  },
  {
    id: 'vt-ijsselland-mensenhandel',
    name: 'Veilig Thuis IJsselland, mensenhandel',
    when: { region: ['ijsselland'], concern: exploitationConcerns },
    // Veilig Thuis IJsselland's regional number first (its crisis team answers it after 17:00, in an acute
    // crisis), then the seed's e-mail address; the named people's own mobiles after that.
    emailsAfter: 1,
    phones: [
      {
        number: '088 - 203 29 00',
        // The label says it is the regional number, which the crisis team answers after 17:00 in an acute crisis.
        label: 'regional-number',
        person: { name: 'Femke Langendijk', role: 'trafficking-officer' },
        source: source.femke,
      },
      {
        number: '06 - 11 41 40 26',
        person: { name: 'Madelon de Jonge', role: 'care-coordinator-trafficking' },
        publishedBy: 'Staphorst',
        source: source.madelon,
      },
      {
        number: '06 - 51 56 99 60',
        person: { name: 'Karin Wielandt', role: 'trafficking-officer' },
        publishedBy: 'Staphorst',
        source: source.karin,
      },
    ],
    noAnswer: '088 - 203 29 00',
    emails: [{ address: 'mensenhandel@vtij.nl', source: source.mensenhandelMail }],
    sources: [source.mensenhandelMail, source.vtIjsselland, source.crisisTeam],
  },
  {
    id: 'vt-flevoland-mensenhandel',
    name: 'Advies- en Meldpunt Mensenhandel, Veilig Thuis Flevoland',
    when: { region: ['flevoland'], concern: exploitationConcerns },
    phones: [
      {
        number: '088 2220500',
        hours: { always: true, source: source.flevolandLine },
        source: source.flevolandLine,
      },
    ],
    emails: [],
    chat: {
      hours: { weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }], source: source.flevolandChat },
      source: source.flevolandChat,
    },
    anonymous: { what: 'advice-and-report', source: source.flevolandAnonymous },
    sources: [source.flevolandName, source.flevolandLine],
  },
  {
    id: 'vt-ijsselland',
    name: 'Veilig Thuis IJsselland',
    when: { region: ['ijsselland'] },
    phones: [{ number: '088 - 203 29 00', source: source.vtIjsselland }],
    emails: [{ address: 'info@vtij.nl', source: source.vtIjsselland }],
    anonymous: { what: 'advice', source: source.anonymousAdvice },
    notes: ['crisis-team'],
    sources: [source.vtIjssellandRole, source.vtIjsselland, source.crisisTeam],
  },
  {
    id: 'veilig-thuis',
    name: 'Veilig Thuis',
    acute: true,
    when: { all: [] },
    phones: [
      {
        number: '0800-2000',
        hours: { always: true, source: source.nationalNumber },
        free: source.nationalNumber,
        source: source.nationalNumber,
      },
    ],
    emails: [],
    // A chat, for someone who cannot safely speak on the phone.
    chat: {
      url: 'https://www.veiligthuis.nl',
      hours: { weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }], source: source.vtChatHours },
      source: source.vtChatAddress,
    },
    anonymous: { what: 'advice', source: source.nationalAnonymous },
    notes: ['routes-to-region'],
    sources: [source.nationalNumber, source.nationalRouting, source.nationalAnonymous, source.vtChatEverywhere, source.vtChatAnonymous],
  },
  {
    id: 'csg',
    name: 'Centrum Seksueel Geweld',
    when: { any: [{ concern: ['sexual'] }, { 'exploitation-form': ['sexual'] }] },
    phones: [
      {
        number: '0800-0188',
        hours: { always: true, source: source.csgAlways },
        free: source.csgFree,
        source: source.csgFree,
      },
    ],
    emails: [],
    anonymous: { what: 'call', source: source.csgFree },
    notes: ['within-seven-days'],
    sources: [
      source.csgAlways,
      source.csg24x7,
      source.csgSevenDays,
      source.csgSevenDaysTraces,
      source.csgAfterSevenDays,
      source.csgForOthers,
      source.csgForOthersToo,
    ],
  },
  {
    id: 'lkha',
    name: 'Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA)',
    when: { concern: ['forced-marriage'] },
    phones: [],
    emails: [],
    website: { url: 'https://www.huwelijksdwangenachterlating.nl', source: source.lkhaWebsite },
    notes: ['via-website'],
    sources: [source.lkha, source.lkhaWithVt, source.lkhaWebsite, source.lkhaProfessionals, source.lkhaAbroad, source.lkhaVictims],
  },
  {
    id: 'kindertelefoon',
    name: 'De Kindertelefoon',
    // Also for someone who would rather not say their age: the card then says it is for those under 18.
    when: { role: ['self'], age: ['4-12', '12-18', 'unknown'] },
    phones: [{ number: '0800-0432', free: source.kindertelefoonNumber, source: source.kindertelefoonNumber }],
    emails: [],
    // Three sources agree on 11:00–21:00 every day, two of them from 2019: the card says it is not open at night
    // and points to the website for the hours, rather than showing hours that may have changed.
    chat: { url: 'https://www.kindertelefoon.nl', source: source.kindertelefoonChat },
    anonymous: { what: 'call-and-chat', source: source.kindertelefoon },
    notes: [{ id: 'if-under-18', when: { age: ['unknown'] } }, 'not-at-night'],
    sources: [
      source.kindertelefoon,
      source.kindertelefoonNumber,
      source.kindertelefoonAges,
      source.kindertelefoonHours,
      source.kindertelefoonHours2019,
    ],
  },
  {
    id: 'comensha',
    name: 'CoMensha',
    // Also where the concern can't be named but the employer (or whoever arranged work or housing) is suspected.
    when: {
      any: [
        { all: [{ concern: exploitationConcerns }, { not: { region: regionsWithTraffickingDesk } }] },
        { concern: ['unsure'], suspect: ['employer'] },
      ],
    },
    phones: [
      {
        number: '033 448 11 86',
        hours: { weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }], source: source.comensha },
        source: source.comensha,
      },
    ],
    emails: [{ address: 'info@comensha.nl', source: source.comensha }],
    sources: [source.comenshaRole, source.comensha, source.comenshaOfficeHours],
  },
  {
    id: 'arbeidsinspectie',
    name: 'Nederlandse Arbeidsinspectie',
    when: { 'exploitation-form': ['labour'] },
    phones: [
      { number: '0800 5151', source: source.labourInspectorate },
      { number: '+31 70 333 44 44', from: 'abroad', source: source.labourInspectorate },
    ],
    emails: [],
    sources: [source.labourInspectorate],
  },
  {
    id: 'politie',
    name: 'Politie',
    when: { any: [{ concern: [...exploitationConcerns, 'stalking'] }, sexualOnline] },
    phones: [{ number: '0900-8844', source: source.policeNoEmergency }],
    emails: [],
    notes: ['no-emergency'],
    sources: [source.policeNoEmergency, source.traffickingPolice, source.stalkingReport, source.stalkingPolice, source.sextortionEvidence],
  },
  {
    id: 'meld-misdaad-anoniem',
    name: 'Meld Misdaad Anoniem',
    when: { all: [{ concern: exploitationConcerns }, { not: { role: ['self'] } }] },
    phones: [{ number: '0800-7000', free: source.meldMisdaadAnoniem, source: source.meldMisdaadAnoniem }],
    emails: [],
    anonymous: { what: 'report', source: source.reportAnonymously },
    notes: ['number-not-seen', 'no-advice'],
    sources: [
      source.reportAnonymously,
      source.meldMisdaadAnoniem,
      source.meldMisdaadAnoniemNoNumber,
      source.meldMisdaadAnoniemFor,
      source.meldMisdaadAnoniemNotPolice,
    ],
  },
  {
    id: 'buitenlandse-zaken',
    name: 'Ministerie van Buitenlandse Zaken',
    when: { concern: ['forced-marriage'] },
    phones: [
      {
        number: '+31 247 247 247',
        hours: { always: true, source: source.foreignAffairsAlways },
        source: source.foreignAffairs,
      },
    ],
    emails: [],
    notes: ['from-abroad'],
    sources: [source.foreignAffairs, source.foreignAffairsAlways, source.notFromAbroad],
  },
  {
    id: 'helpwanted',
    name: 'Helpwanted (Offlimits)',
    when: onlineImages,
    phones: [{ number: '020 – 261 52 75', source: source.helpwantedOffers }],
    emails: [],
    chat: { url: 'https://www.helpwanted.nl', source: source.helpwantedAnonymousChat },
    anonymous: { what: 'call-and-chat', source: source.helpwantedOffers },
    notes: ['in-english'],
    sources: [
      source.helpwantedRole,
      source.helpwantedOffers,
      source.helpwantedForOthers,
      source.helpwantedEnglish,
      source.helpwantedOfflimits,
    ],
  },
  {
    id: 'staphorst-oekraine',
    name: 'Belteam Oekraïne, gemeente Staphorst',
    when: { municipality: ['GM0180'] },
    phones: [{ number: '(0522) 74 71 91', source: source.belteam }],
    emails: [{ address: 'oekraine@staphorst.nl', source: source.belteam }],
    sources: [source.belteamRole, source.belteam],
  },
];

/**
 * Your first step (SPEC.md "Contacts and routing", rules 1–8): the result leads with the first of these whose
 * contact is shown and whose `when` holds, and shows the contact its `below` names right below it (if that is
 * shown). The other contacts follow in the order above. flows/safety.ts states the same order once more.
 */
export const firstSteps: FirstStep[] = [
  // 1. The CSG, within 7 days: medical care and traces cannot wait — but for a child whom the family may be
  // hurting, the regional Veilig Thuis (else the national number, day and night) leads and the CSG is right below.
  { contact: 'vt-ijsselland', when: { all: [physicalRecently, childByFamily] }, below: { contact: 'csg', line: 'csg-too-now' } },
  { contact: 'veilig-thuis', when: { all: [physicalRecently, childByFamily] }, below: { contact: 'csg', line: 'csg-too-now' } },
  { contact: 'csg', when: physicalRecently, below: { contact: 'helpwanted', line: 'images-too' } },
  // 2. Helpwanted, for images and messages online.
  { contact: 'helpwanted' },
  // 3. A child about themself: Veilig Thuis where it must act (De Kindertelefoon cannot, and is closed at
  // night), with De Kindertelefoon's chat right below; otherwise De Kindertelefoon, Veilig Thuis right below.
  { contact: 'veilig-thuis', when: childNeedsAction, below: { contact: 'kindertelefoon', line: 'chat-instead', chat: true } },
  { contact: 'kindertelefoon', when: childAboutThemself, below: { contact: 'veilig-thuis', line: 'children-too' } },
  // 4. The police, for stalking by someone outside the home and the family.
  { contact: 'politie', when: stalkingFromOutside },
  // 5. A regional trafficking desk.
  { contact: 'vt-ijsselland-mensenhandel' },
  { contact: 'vt-flevoland-mensenhandel' },
  // 6. CoMensha, for the exploitation of an adult (or someone whose age is not known) where no regional desk is;
  // it keeps office hours, so Veilig Thuis, day and night, is right below it.
  {
    contact: 'comensha',
    when: { concern: exploitationConcerns, age: ['adult', 'unknown'] },
    below: { contact: 'veilig-thuis', line: 'outside-office-hours' },
  },
  // 7. The regional Veilig Thuis; 8. the national number.
  { contact: 'vt-ijsselland' },
  { contact: 'veilig-thuis' },
];

/**
 * Right below a first step whose rule names no contact (or names one not shown): the belteam Oekraïne in
 * Staphorst for what can't be named or crosses a line ("voor advies … belteam Oekraïne"), else the regional
 * Veilig Thuis, else the national number — never the first step itself.
 */
export const rightBelow: RightBelow = [
  { contact: 'staphorst-oekraine', when: { concern: ['boundary', 'unsure'] }, line: 'belteam' },
  { contact: 'vt-ijsselland', line: 'regional' },
  { contact: 'veilig-thuis', line: 'advice-too' },
];

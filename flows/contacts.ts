import type { Contact } from '../src/engine/schema.ts';
import { source } from './sources.ts';

// Contacts in order of fit (SPEC.md "Contacts and routing"): the result shows those whose `when` holds, in
// this order, 112 in its own block above. Every number, address and hour carries the sentence it comes
// from; hours only where a source states them. Nothing here may come from memory: where the sources give
// no number (LKHA), there is none.

const exploitationConcerns = ['exploitation', 'loverboy'];
// The regions with a trafficking desk of their own; elsewhere CoMensha's national helpdesk takes its place.
const regionsWithTraffickingDesk = ['ijsselland', 'flevoland'];

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
    id: 'kindertelefoon',
    name: 'De Kindertelefoon',
    when: { role: ['self'], age: ['4-12', '12-18'] },
    phones: [{ number: '0800-0432', free: source.kindertelefoonNumber, source: source.kindertelefoonNumber }],
    emails: [],
    anonymous: source.kindertelefoon,
    notes: ['every-day'],
    sources: [source.kindertelefoon, source.kindertelefoonNumber],
  },
  {
    id: 'vt-ijsselland-mensenhandel',
    name: 'Veilig Thuis IJsselland, mensenhandel',
    when: { region: ['ijsselland'], concern: exploitationConcerns },
    // The seed leads with the e-mail address and the team's number; the named people's mobiles follow.
    emailFirst: true,
    phones: [
      {
        number: '088 - 203 29 00',
        person: { name: 'Femke Langendijk', role: 'trafficking-officer' },
        source: source.femke,
      },
      {
        number: '06 - 11 41 40 26',
        person: { name: 'Madelon de Jonge', role: 'care-coordinator-trafficking' },
        publishedBy: 'gemeente Staphorst',
        source: source.madelon,
      },
      {
        number: '06 - 51 56 99 60',
        person: { name: 'Karin Wielandt', role: 'trafficking-officer' },
        publishedBy: 'gemeente Staphorst',
        source: source.karin,
      },
    ],
    emails: [{ address: 'mensenhandel@vtij.nl', source: source.mensenhandelMail }],
    sources: [source.mensenhandelMail],
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
    anonymous: source.flevolandAnonymous,
    sources: [source.flevolandName, source.flevolandLine],
  },
  {
    id: 'vt-ijsselland',
    name: 'Veilig Thuis IJsselland',
    when: { region: ['ijsselland'] },
    phones: [{ number: '088 - 203 29 00', source: source.vtIjsselland }],
    emails: [{ address: 'info@vtij.nl', source: source.vtIjsselland }],
    anonymous: source.anonymousAdvice,
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
    anonymous: source.nationalAnonymous,
    notes: ['routes-to-region'],
    sources: [source.nationalNumber, source.nationalRouting, source.nationalAnonymous],
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
    anonymous: source.csgFree,
    notes: ['within-seven-days'],
    sources: [source.csgAlways, source.csgSevenDays, source.csgForOthers],
  },
  {
    id: 'lkha',
    name: 'Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA)',
    when: { concern: ['forced-marriage'] },
    phones: [],
    emails: [],
    website: { url: 'https://www.huwelijksdwangenachterlating.nl', source: source.lkhaWebsite },
    notes: ['no-phone-in-sources'],
    sources: [source.lkha, source.lkhaWithVt, source.lkhaWebsite, source.lkhaVictims],
  },
  {
    id: 'comensha',
    name: 'CoMensha',
    when: { all: [{ concern: exploitationConcerns }, { not: { region: regionsWithTraffickingDesk } }] },
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
    when: { concern: [...exploitationConcerns, 'stalking'] },
    phones: [{ number: '0900-8844', source: source.policeNoEmergency }],
    emails: [],
    notes: ['no-emergency'],
    sources: [source.policeNoEmergency, source.traffickingPolice, source.stalkingReport, source.stalkingPolice],
  },
  {
    id: 'meld-misdaad-anoniem',
    name: 'Meld Misdaad Anoniem',
    when: { all: [{ concern: exploitationConcerns }, { not: { role: ['self'] } }] },
    phones: [{ number: '0800-7000', free: source.meldMisdaadAnoniem, source: source.meldMisdaadAnoniem }],
    emails: [],
    anonymous: source.reportAnonymously,
    notes: ['number-not-seen'],
    sources: [source.reportAnonymously, source.meldMisdaadAnoniem, source.meldMisdaadAnoniemNoNumber],
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
    id: 'staphorst-oekraine',
    name: 'Belteam Oekraïne, gemeente Staphorst',
    when: { municipality: ['GM0180'] },
    phones: [{ number: '(0522) 74 71 91', source: source.belteam }],
    emails: [{ address: 'oekraine@staphorst.nl', source: source.belteam }],
    sources: [source.belteamRole, source.belteam],
  },
];

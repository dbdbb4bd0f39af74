import type { Contact } from '../src/engine/schema.ts';
import { source } from './sources.ts';

// Contacts in order of fit: the result shows those whose `when` holds, in this order (the urgent one,
// 112, in its own block above). Every number, address and hour carries the sentence it comes from.
// Nothing here may come from memory: where the sources give no number (LKHA), there is none.

const exploitationConcerns = ['exploitation', 'loverboy'];

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
    phones: [
      {
        number: '06 - 11 41 40 26',
        person: { name: 'Madelon de Jonge', role: 'care-coordinator-trafficking' },
        source: source.madelon,
      },
      {
        number: '06 - 51 56 99 60',
        person: { name: 'Karin Wielandt', role: 'trafficking-officer' },
        source: source.karin,
      },
      {
        number: '088 - 203 29 00',
        person: { name: 'Femke Langendijk', role: 'trafficking-officer' },
        source: source.femke,
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
    id: 'staphorst-oekraine',
    name: 'Belteam Oekraïne, gemeente Staphorst',
    when: { municipality: ['GM0180'] },
    phones: [{ number: '(0522) 74 71 91', source: source.belteam }],
    emails: [{ address: 'oekraine@staphorst.nl', source: source.belteam }],
    sources: [source.belteamRole, source.belteam],
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
];

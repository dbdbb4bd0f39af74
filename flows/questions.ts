import type { Question } from '../src/engine/schema.ts';
import { source } from './sources.ts';

// The questions in the order they are asked. A question or option with `when` is only offered when it
// holds for the answers given so far. Ids are the contract with locales/, the tests and the page (SPEC.md).
const childAges = ['0-4', '4-12', '12-18'];

export const questions: Question[] = [
  {
    id: 'danger',
    input: 'choice',
    options: [{ id: 'yes', acute: true }, { id: 'no' }, { id: 'unsure' }],
  },
  {
    id: 'role',
    input: 'choice',
    // "It is about me" first: the person it happens to finds it without scrolling on a phone (seven options
    // with hints do not fit one screen of 360 × 740).
    options: [
      { id: 'self', aboutOneself: true },
      { id: 'host' },
      { id: 'housemate' },
      { id: 'neighbour' },
      { id: 'family' },
      { id: 'professional' },
      { id: 'volunteer' },
    ],
  },
  {
    id: 'age',
    input: 'choice',
    inSummary: true,
    variants: [{ id: 'self', when: { role: ['self'] } }],
    // A person checking about themselves is not a baby or toddler.
    options: [{ id: '0-4', when: { not: { role: ['self'] } } }, { id: '4-12' }, { id: '12-18' }, { id: 'adult' }, { id: 'unknown' }],
  },
  {
    id: 'concern',
    input: 'choice',
    inSummary: true,
    options: [
      {
        id: 'home-violence',
        sources: [source.witness, source.physical, source.psychological, source.constantControl, source.controlContacts],
      },
      { id: 'sexual', sources: [source.sexual] },
      { id: 'neglect', when: { age: [...childAges, 'unknown'] }, sources: [source.neglect] },
      { id: 'elder', when: { age: ['adult', 'unknown'] }, sources: [source.elder] },
      { id: 'exploitation', sources: [source.trafficking, source.passportKept, source.passportKeptSigns] },
      {
        id: 'loverboy',
        when: { age: ['12-18', 'adult', 'unknown'] },
        // The hint names signs, not the word again.
        sources: [
          source.loverboy,
          source.signalenkaartThemes,
          source.loverboyOlderPeople,
          source.loverboyGifts,
          source.loverboyClothesMoney,
          source.loverboyRides,
          source.loverboyNights,
        ],
      },
      { id: 'forced-marriage', sources: [source.forcedMarriage, source.abandonment] },
      { id: 'honour', sources: [source.honour] },
      { id: 'stalking', sources: [source.stalking] },
      { id: 'boundary', sources: [source.boundary] },
      { id: 'care', sources: [source.ontspoordeZorg, source.signalenkaartThemes] },
      { id: 'unsure' },
    ],
  },
  {
    id: 'exploitation-form',
    input: 'choice',
    inSummary: true,
    when: { concern: ['exploitation'] },
    options: [
      { id: 'labour', sources: [source.labour] },
      { id: 'sexual', sources: [source.sexualExploitation, source.onlineExploitation] },
      { id: 'criminal', sources: [source.criminal] },
      { id: 'organ', sources: [source.organ] },
      { id: 'unsure' },
    ],
  },
  {
    // Whether there was physical contact, and when it last happened, decides the first step: within 7 days the
    // Centrum Seksueel Geweld can still give medical care and secure traces; without physical contact (words,
    // looks, messages, images) Helpwanted leads.
    id: 'sexual-when',
    input: 'choice',
    inSummary: true,
    when: { any: [{ concern: ['sexual'] }, { 'exploitation-form': ['sexual'] }] },
    options: [
      { id: 'recent' },
      { id: 'earlier' },
      { id: 'unsure' },
      { id: 'no-contact', sources: [source.helpwantedNoContact, source.helpwantedRole] },
    ],
  },
  {
    id: 'suspect',
    input: 'choice',
    options: [
      { id: 'partner' },
      { id: 'parent' },
      { id: 'family' },
      { id: 'host' },
      { id: 'employer' },
      { id: 'online' },
      { id: 'other' },
      { id: 'unknown' },
    ],
  },
  {
    // Answered with a CBS code from flows/municipalities.ts, or with the option below.
    id: 'municipality',
    input: 'municipality',
    inSummary: true,
    options: [{ id: 'unknown' }],
  },
];

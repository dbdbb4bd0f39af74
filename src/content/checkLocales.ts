import {
  adviceLinkKey,
  advicePointKey,
  adviceTextKey,
  adviceTitleKey,
  belowLineKey,
  contactAnonymousKey,
  contactInTextKey,
  contactLabelKey,
  contactNoteKey,
  contactRoleKey,
  contactWhyKey,
  optionHintKey,
  optionKey,
  questionKey,
  questionLeadKey,
  questionShortKey,
  questionSummaryKey,
} from '../i18n/keys.ts';
import { localeFile, localeFileFor } from './files.ts';
import { languages } from '../i18n/languages.ts';
import type { Problem } from './problem.ts';
import { checkDutchMarks, checkMarksClosed } from './checkDutchMarks.ts';
import { noteId, pointId } from '../engine/rules.ts';
import type { Flow } from '../engine/schema.ts';

type Strings = Map<string, string>;

/** Flattens a locale file to "a.b.c" → text; anything that is not text is reported. */
export function flatten(value: unknown, prefix = '', out: Strings = new Map(), bad: string[] = []): Strings {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out, bad);
  } else if (typeof value === 'string') out.set(prefix, value);
  else bad.push(prefix);
  return out;
}

/** The keys the flow needs in every language, built by the same functions the screens use. */
export function requiredFlowKeys(flow: Flow): string[] {
  return [
    ...flow.questions.flatMap((q) => [
      questionKey(q.id),
      questionShortKey(q.id),
      ...(q.inSummary ? [questionSummaryKey(q.id)] : []),
      ...(q.variants ?? []).map((v) => questionKey(q.id, v.id)),
      ...q.options.map((o) => optionKey(q.id, o.id)),
    ]),
    ...flow.advice.flatMap((a) => [
      adviceTitleKey(a.id),
      adviceTextKey(a.id),
      ...(a.variants ?? []).map((v) => adviceTextKey(a.id, v.id)),
      ...(a.points ?? []).map((p) => advicePointKey(a.id, pointId(p))),
      ...(a.link ? [adviceLinkKey(a.id)] : []),
    ]),
    ...flow.contacts.flatMap((c) => [
      // An urgent contact (112) is one big button under its own heading: it has no "why" line.
      ...(c.urgent ? [] : [contactWhyKey(c.id)]),
      ...(c.notes ?? []).map(noteId).map(contactNoteKey),
      ...(c.anonymous ? [contactAnonymousKey(c.anonymous.what)] : []),
      ...c.phones.flatMap((p) => [...(p.person ? [contactRoleKey(p.person.role)] : []), ...(p.label ? [contactLabelKey(p.label)] : [])]),
    ]),
    // A first step is named in the advice's words ({{firstStep}}); the one right below it has a line of its own.
    ...new Set(flow.firstSteps.map((step) => contactInTextKey(step.contact))),
    ...new Set(
      [...flow.firstSteps.flatMap((step) => (step.below ? [step.below] : [])), ...flow.rightBelow].map((b) => belowLineKey(b.line)),
    ),
  ];
}

/**
 * Keys the flow may have but need not: a lead for a question, a hint for an option, an option's words in a
 * wording of its question, an advice block's own title in a wording of its own, a contact's name in a sentence,
 * a contact's "why" in words for the person themself.
 */
function optionalFlowKeys(flow: Flow): Set<string> {
  return new Set([
    ...flow.questions.flatMap((q) => [
      questionLeadKey(q.id),
      ...q.options.map((o) => optionHintKey(q.id, o.id)),
      ...(q.variants ?? []).flatMap((v) => q.options.map((o) => optionKey(q.id, o.id, v.id))),
    ]),
    ...flow.advice.flatMap((a) => (a.variants ?? []).map((v) => adviceTitleKey(a.id, v.id))),
    ...flow.contacts.map((c) => contactInTextKey(c.id)),
    ...flow.contacts.map((c) => contactWhyKey(c.id, true)),
  ]);
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/**
 * Checks all three languages against the flow and against Dutch, the source: every needed key there,
 * no key unused, the same placeholders, the plural forms each language needs, and no text left in Dutch
 * unless `sameAsDutch` allows it for that key.
 */
export function checkLocales(
  flow: Flow,
  locales: Record<string, unknown>,
  uiSource: string,
  sameAsDutch: Record<string, string[]>,
  dutchTerms: string[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const parsed = Object.fromEntries(
    languages.map((language) => {
      const bad: string[] = [];
      const strings = flatten(locales[language] ?? {}, '', new Map(), bad);
      if (locales[language] === undefined) problems.push({ file: localeFile(language), id: '(file)', problem: 'is missing' });
      bad.forEach((key) => problems.push({ file: localeFileFor(language, key), id: key, problem: 'is not a text' }));
      return [language, strings];
    }),
  ) as Record<string, Strings>;
  const dutch = parsed.nl;
  problems.push(...checkMarksClosed('nl', dutch));
  const required = requiredFlowKeys(flow);
  const optional = optionalFlowKeys(flow);
  const requiredSet = new Set(required);

  for (const key of required) {
    if (!dutch.has(key)) problems.push({ file: localeFileFor('nl', key), id: key, problem: 'is missing: the flow needs this text' });
  }
  for (const key of dutch.keys()) {
    const base = pluralBase(key);
    const used = key.startsWith('ui.') ? usedInSource(base, uiSource) : requiredSet.has(key) || optional.has(key);
    if (!used) problems.push({ file: localeFileFor('nl', key), id: key, problem: 'is not used by the flow or the screens' });
  }

  for (const language of languages.filter((l) => l !== 'nl')) {
    const strings = parsed[language];
    const fileOf = (key: string) => localeFileFor(language, key);
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const pluralBases = new Set([...dutch.keys()].filter((k) => pluralBase(k) !== k).map(pluralBase));
    for (const [key, text] of dutch) {
      if (pluralBase(key) !== key) continue;
      const own = strings.get(key);
      if (own === undefined) problems.push({ file: fileOf(key), id: key, problem: 'is missing (Dutch has it)' });
      else checkText(fileOf(key), key, text, own, language, sameAsDutch, problems);
    }
    for (const base of pluralBases) {
      for (const form of forms) {
        const own = strings.get(`${base}_${form}`);
        // A plural form may leave out {{count}} ("one more time"), so compare without it.
        const sample = (dutch.get(`${base}_${form}`) ?? dutch.get(`${base}_other`) ?? '').replace(/\{\{\s*count\s*\}\}/g, '');
        if (own === undefined)
          problems.push({ file: fileOf(base), id: `${base}_${form}`, problem: `is missing: ${language} needs the plural form "${form}"` });
        else checkText(fileOf(base), `${base}_${form}`, sample, own.replace(/\{\{\s*count\s*\}\}/g, ''), language, sameAsDutch, problems);
      }
    }
    problems.push(...checkDutchMarks(flow, language, strings, dutchTerms));
    problems.push(...checkMarksClosed(language, strings));
    for (const key of strings.keys()) {
      const known =
        dutch.has(key) ||
        (pluralBases.has(pluralBase(key)) && forms.includes(key.slice(pluralBase(key).length + 1) as Intl.LDMLPluralRule));
      if (!known) problems.push({ file: fileOf(key), id: key, problem: 'is not in the Dutch source file (unused or misspelt)' });
    }
  }
  return problems;
}

function checkText(
  file: string,
  key: string,
  dutch: string,
  own: string,
  language: string,
  sameAsDutch: Record<string, string[]>,
  problems: Problem[],
) {
  if (!own.trim()) problems.push({ file, id: key, problem: 'is empty' });
  else if (placeholders(own) !== placeholders(dutch)) {
    problems.push({ file, id: key, problem: `has placeholders {${placeholders(own)}} where Dutch has {${placeholders(dutch)}}` });
  } else if (own === dutch && /\p{L}{3}/u.test(own) && !(sameAsDutch[language] ?? []).includes(key)) {
    problems.push({
      file,
      id: key,
      problem: `still equals the Dutch text "${own}" (if that is right, list the key in locales/same-as-dutch.json)`,
    });
  }
}

/** A ui key is used when the screens name it, or build it from its parent (`ui.languageName.${language}`). */
function usedInSource(key: string, source: string): boolean {
  if (source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`\`${key}\``)) return true;
  const parent = key.slice(0, key.lastIndexOf('.'));
  return parent.length > 0 && source.includes(`\`${parent}.\${`);
}

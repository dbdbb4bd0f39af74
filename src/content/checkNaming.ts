import { pointId } from '../engine/rules.ts';
import type { Advice, Contact, Flow } from '../engine/schema.ts';
import { adviceTextKey, adviceTitleKey, advicePointKey, contactInTextKey } from '../i18n/keys.ts';
import { languages } from '../i18n/languages.ts';
import { describePath, wordingOf, type PathResult } from './checkSafety.ts';
import { flowFiles } from './files.ts';
import type { Problem } from './problem.ts';

type Strings = Map<string, string>;

const TAGS = /<\/?(nl|hidden)>/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a text names a contact, in one language: its official name, its name in a sentence
 * (`contact.<id>.inText`) and its numbers. 112 is left out: "in acute danger, call 112" sends no one past the
 * first step.
 */
function namesOf(contact: Contact, words: Strings): string[] {
  const inText = words.get(contactInTextKey(contact.id))?.replace(TAGS, '');
  return [contact.name, ...(inText ? [inText] : []), ...contact.phones.map((phone) => phone.number)];
}

/** Which contacts a text names, longest name first, so that "Veilig Thuis IJsselland" is not also "Veilig Thuis". */
function namedIn(text: string, names: [string, string][]): Set<string> {
  let rest = text.replace(TAGS, '').replace(/\{\{\s*\w+\s*\}\}/g, ' ');
  const found = new Set<string>();
  for (const [name, contact] of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu');
    if (pattern.test(rest)) {
      found.add(contact);
      rest = rest.replace(pattern, ' ');
    }
  }
  return found;
}

/** Every text of an advice block a reader may see, by key: each wording's title and text, and each point. */
function textKeysOf(advice: Advice): { key: string; wording?: string; point?: string }[] {
  const wordings = [undefined, ...(advice.variants ?? []).map((v) => v.id)];
  return [
    ...wordings.flatMap((wording) => [
      { key: adviceTitleKey(advice.id, wording), wording: wording ?? 'default' },
      { key: adviceTextKey(advice.id, wording), wording: wording ?? 'default' },
    ]),
    ...(advice.points ?? []).map(pointId).map((point) => ({ key: advicePointKey(advice.id, point), point })),
  ];
}

/**
 * One page, one first step (SPEC.md "Safe advice"): no advice a reader sees names, as the place to go, a
 * contact that is not that path's first step. A text refers to the first step through `{{firstStep}}`; a
 * contact it names beside the first step ("call the CSG too") is listed in the block's `also`. On every path,
 * each contact a shown text names in any language must be the first step or in `also`; and each contact in
 * `also` must be named by one of the block's texts.
 */
export function checkNaming(flow: Flow, strings: Record<string, Strings>, results: PathResult[]): Problem[] {
  const problems: Problem[] = [];
  const names = languages
    .flatMap((language) =>
      flow.contacts
        .filter((c) => !c.urgent)
        .flatMap((c) => namesOf(c, strings[language] ?? new Map()).map((n) => [n, c.id] as [string, string])),
    )
    .sort(([a], [b]) => b.length - a.length);
  const named = new Map<string, Set<string>>();
  for (const advice of flow.advice) {
    const byAdvice = new Set<string>();
    for (const { key } of textKeysOf(advice)) {
      const contacts = new Set(languages.flatMap((language) => [...namedIn(strings[language]?.get(key) ?? '', names)]));
      named.set(key, contacts);
      contacts.forEach((c) => byAdvice.add(c));
    }
    for (const contact of (advice.also ?? []).filter((c) => !byAdvice.has(c))) {
      problems.push({ file: flowFiles.advice, id: advice.id, problem: `lists "${contact}" in also, but none of its words name it` });
    }
  }

  // One problem per text and contact it names, with the first steps it stands beside and the first such path.
  const broken = new Map<string, { where: string; contact: string; firsts: Set<string>; first: PathResult['answers']; more: number }>();
  const byId = new Map(flow.advice.map((a) => [a.id, a]));
  for (const { answers, result } of results) {
    for (const id of [...result.act, ...result.about]) {
      const advice = byId.get(id)!;
      const wording = wordingOf(result, id);
      const variant = wording === 'default' ? undefined : wording;
      const keys = [
        { key: strings.nl?.has(adviceTitleKey(id, variant)) ? adviceTitleKey(id, variant) : adviceTitleKey(id), where: `${id}@${wording}` },
        { key: adviceTextKey(id, variant), where: `${id}@${wording}` },
        ...(result.points[id] ?? []).map((point) => ({ key: advicePointKey(id, point), where: `${id}.${point}` })),
      ];
      for (const { key, where } of keys) {
        for (const contact of named.get(key) ?? []) {
          if (contact === result.firstStep || advice.also?.includes(contact)) continue;
          const seen = broken.get(`${where}|${contact}`);
          if (seen) {
            seen.more++;
            seen.firsts.add(result.firstStep ?? 'none');
          } else
            broken.set(`${where}|${contact}`, { where, contact, firsts: new Set([result.firstStep ?? 'none']), first: answers, more: 0 });
        }
      }
    }
  }
  for (const { where, contact, firsts, first, more } of broken.values()) {
    const others = more ? `; and ${more} more path${more === 1 ? '' : 's'}` : '';
    problems.push({
      file: flowFiles.advice,
      id: where,
      problem:
        `names ${contact} where the first step belongs, on paths whose first step is ${[...firsts].join(', ')} ` +
        `(${describePath(first)}${others}): write {{firstStep}}, or list "${contact}" in its also if it names it beside the first step`,
    });
  }
  return problems;
}

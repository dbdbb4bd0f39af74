import type { Flow } from '../engine/schema.ts';
import { localeFileFor } from './files.ts';
import type { Problem } from './problem.ts';

/** Texts that end up in an attribute (a meta description, the app's name in the title), where no mark can stand. */
export const UNMARKABLE_KEYS = new Set(['ui.metaDescription', 'ui.appName', 'ui.pageTitle']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every mark closed, and never inside one of its own kind: the screens and the early walker read the marks
 * alike only then (src/i18n/taggedText.ts). For every language, Dutch too.
 */
export function checkMarksClosed(language: string, strings: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [key, text] of strings) {
    let rest = text;
    for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/<(nl|hidden)>((?:(?!<\/?\1>)[\s\S])*)<\/\1>/g, '$2')];
    const open = rest.match(/<\/?(nl|hidden)>/);
    if (open)
      problems.push({ file: localeFileFor(language, key), id: key, problem: `has a mark ${open[0]} that does not close as it opens` });
  }
  return problems;
}

/**
 * Every Dutch name in a uk or en text is marked `<nl>…</nl>`, so that a screen reader says it in Dutch
 * (SPEC.md, accessibility): the contacts' official names and the terms in locales/dutch-terms.json. A web
 * address ("kindertelefoon.nl") is not a name to say.
 */
export function checkDutchMarks(
  flow: Flow,
  language: string,
  strings: Map<string, string>,
  terms: string[],
  ignored: string[] = ['Politie', 'Ministerie van Buitenlandse Zaken'],
): Problem[] {
  const names = [...new Set([...terms, ...flow.contacts.filter((c) => !c.urgent).map((c) => c.name)])]
    .filter((name) => !ignored.includes(name))
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(${names.map(escape).join('|')})(?![\\p{L}\\p{N}]|\\.nl)`, 'giu');
  const problems: Problem[] = [];
  for (const [key, text] of strings) {
    if (UNMARKABLE_KEYS.has(key)) continue;
    const unmarked = text.replace(/<nl>.*?<\/nl>/gs, ' ').replace(/\{\{[^}]*\}\}/g, ' ');
    const found = [...new Set([...unmarked.matchAll(pattern)].map((m) => m[1]))];
    if (found.length) {
      problems.push({
        file: localeFileFor(language, key),
        id: key,
        problem: `names ${found.map((f) => `"${f}"`).join(', ')} without <nl>…</nl>: mark Dutch names so that a screen reader says them in Dutch`,
      });
    }
  }
  return problems;
}

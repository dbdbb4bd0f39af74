import { editDistanceToStart } from './editDistance.ts';
import { normalize } from './normalize.ts';
import type { Municipality, MunicipalityAlias } from './schema.ts';
import { soundKey } from './soundKey.ts';
import { hasCyrillic, transliterate } from './transliterate.ts';

export type Match = { code: string; name: string };

/** A name as the search compares it: its words' starts are found once, not at every key. */
type Prepared = { text: string; starts: number[] };
/** Every name a municipality can be found by, prepared once: as written, and as it sounds. */
export type SearchIndex = { entries: { code: string; plain: Prepared; sound: Prepared }[]; names: Map<string, string> };

const prepared = (text: string): Prepared => ({
  text,
  starts: [0, ...[...text].flatMap((letter, i) => (letter === ' ' ? [i + 1] : []))],
});

export function searchIndex(municipalities: Municipality[], aliases: MunicipalityAlias[]): SearchIndex {
  const entry = (code: string, text: string) => ({
    code,
    plain: prepared(normalize(text)),
    sound: prepared(soundKey(hasCyrillic(text) ? transliterate(text) : text)),
  });
  return {
    entries: [...municipalities.map(([code, name]) => entry(code, name)), ...aliases.map(({ code, alias }) => entry(code, alias))],
    names: new Map(municipalities),
  };
}

/** 0: the name starts with the query; 1: a word in it does; 2: it holds the query; 3: it does without spaces. */
function rank({ text, starts }: Prepared, query: string): number | undefined {
  if (text.startsWith(query)) return 0;
  if (!query.includes(' ') && starts.some((start) => text.startsWith(query, start))) return 1;
  if (text.includes(query)) return 2;
  if (text.replace(/ /g, '').includes(query.replace(/ /g, ''))) return 3;
  return undefined;
}

/**
 * How far the query is from the start of the name or of one of its words, for small spelling differences
 * ("Арнем" for Arnhem): at most one letter in a short query, two in a longer one; undefined beyond that.
 */
function nearness({ text, starts }: Prepared, query: string): number | undefined {
  if (query.length < 4) return undefined;
  const limit = query.length < 7 ? 1 : 2;
  let best = limit + 1;
  for (const start of starts) best = Math.min(best, editDistanceToStart(query, text.slice(start), limit));
  return best <= limit ? best : undefined;
}

// Made once: localeCompare with a locale makes a collator at each call, which a sort does hundreds of times.
const byName = new Intl.Collator('nl');

/**
 * Municipalities whose name or everyday name fits the query, best first. Latin letters are matched as
 * written first, as they sound after that; Cyrillic is transliterated and matched as it sounds; small
 * spelling differences come last.
 */
export function searchMunicipalities(index: SearchIndex, query: string): Match[] {
  const cyrillic = hasCyrillic(query);
  const plain = normalize(query);
  const sound = soundKey(cyrillic ? transliterate(query) : query);
  if (!plain || !sound) return [];
  // A query of repeated letters ("qqqq") folds to one sound: that is no name, not every name with a "k".
  const bySound = sound.length >= Math.min(2, plain.length);
  const best = new Map<string, number>();
  for (const { code, plain: name, sound: nameSound } of index.entries) {
    const asWritten = cyrillic ? undefined : rank(name, plain);
    const asSounds = bySound ? rank(nameSound, sound) : undefined;
    const near = bySound && asWritten === undefined && asSounds === undefined ? nearness(nameSound, sound) : undefined;
    const score = asWritten ?? (asSounds !== undefined ? 4 + asSounds : near !== undefined ? 8 + near : undefined);
    if (score !== undefined && score < (best.get(code) ?? Infinity)) best.set(code, score);
  }
  return [...best]
    .map(([code, score]) => ({ code, name: index.names.get(code) ?? code, score }))
    .sort((a, b) => a.score - b.score || byName.compare(a.name, b.name))
    .map(({ code, name }) => ({ code, name }));
}

import { editDistanceToStart } from '../engine/editDistance.ts';
import { isMunicipalityCode } from '../engine/municipalityCode.ts';
import { searchIndex, searchMunicipalities } from '../engine/municipalitySearch.ts';
import type { Municipality, MunicipalityAlias } from '../engine/schema.ts';
import { soundKey } from '../engine/soundKey.ts';
import { hasCyrillic, transliterate } from '../engine/transliterate.ts';

export type Found = { code: string; name: string; alsoFound: string[] } | { nearest: string[] };

const SHOWN = 5;

/**
 * The municipality a keeper names, by CBS code ("GM0193") or in any spelling the app's search finds
 * ("Zwolle", "Зволле"): the search's first match, and the others it found. Where the search finds none, the
 * names nearest to it as it sounds (the search's own sound folding and edit distance).
 */
export function findMunicipality(query: string, municipalities: Municipality[], aliases: MunicipalityAlias[]): Found {
  const name = (code: string) => municipalities.find(([c]) => c === code)?.[1];
  const code = query.trim().toUpperCase();
  if (isMunicipalityCode(code)) {
    const named = name(code);
    return named ? { code, name: named, alsoFound: [] } : { nearest: [] };
  }
  const index = searchIndex(municipalities, aliases);
  const [first, ...others] = searchMunicipalities(index, query);
  if (first) return { ...first, alsoFound: others.slice(0, SHOWN).map((match) => match.name) };
  const sound = soundKey(hasCyrillic(query) ? transliterate(query) : query);
  const distance = new Map<string, number>();
  for (const entry of index.entries) {
    const d = editDistanceToStart(sound, entry.sound.text, sound.length);
    if (d < (distance.get(entry.code) ?? Infinity)) distance.set(entry.code, d);
  }
  const nearest = [...distance].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, SHOWN);
  return { nearest: nearest.map(([code]) => name(code)!) };
}

import type { Municipality, MunicipalityAlias } from './schema.ts';

/** Lower case, without accents, apostrophes or punctuation: "'s-Gravenhage" → "s gravenhage". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type Match = { code: string; name: string };

function rank(candidate: string, query: string): number | undefined {
  if (candidate.startsWith(query)) return 0;
  if (candidate.split(' ').some((word) => word.startsWith(query))) return 1;
  if (candidate.includes(query)) return 2;
  if (candidate.replace(/ /g, '').includes(query.replace(/ /g, ''))) return 3;
  return undefined;
}

/** Municipalities whose name or everyday name fits the query, best first. */
export function searchMunicipalities(
  municipalities: Municipality[],
  aliases: MunicipalityAlias[],
  query: string,
): Match[] {
  const wanted = normalize(query);
  if (!wanted) return [];
  const best = new Map<string, number>();
  const consider = (code: string, text: string) => {
    const score = rank(normalize(text), wanted);
    if (score !== undefined && score < (best.get(code) ?? Infinity)) best.set(code, score);
  };
  for (const [code, name] of municipalities) consider(code, name);
  for (const { code, alias } of aliases) consider(code, alias);
  const names = new Map(municipalities);
  return [...best]
    .map(([code, score]) => ({ code, name: names.get(code) ?? code, score }))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, 'nl'))
    .map(({ code, name }) => ({ code, name }));
}

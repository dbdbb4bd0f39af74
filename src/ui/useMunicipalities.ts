import { useCallback, useEffect, useState } from 'react';
import { municipalitiesUrl } from 'virtual:municipalities';
import { searchIndex, searchMunicipalities, type Match } from '../engine/municipalitySearch.ts';
import { fetchOnce } from '../i18n/earlyFetches.ts';
import type { Municipality, MunicipalityAlias } from '../engine/schema.ts';

export type MunicipalityList =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; municipalities: Municipality[]; search: (query: string) => Match[] };

/** A list that has not arrived after this long is given up, so that the screen can offer to try again. */
export const LIST_TIMEOUT_MS = 8000;

// The list of 342 municipalities is fetched once a screen needs it (or after the first answer), not with
// the first screen; once fetched, every later screen has it at once. A failed fetch is forgotten, so that
// trying again fetches again.
let loading: Promise<MunicipalityList> | undefined;
let loaded: MunicipalityList | undefined;

const isText = (value: unknown, min = 1): value is string => typeof value === 'string' && value.length >= min;
const isMunicipality = (entry: unknown): entry is Municipality =>
  Array.isArray(entry) && entry.length === 2 && isText(entry[0]) && isText(entry[1]);
const isAlias = (entry: unknown): entry is MunicipalityAlias =>
  typeof entry === 'object' && entry !== null && isText((entry as MunicipalityAlias).code) && isText((entry as MunicipalityAlias).alias);

async function fetchList(): Promise<MunicipalityList> {
  // The search code is in the main script, not imported with the list: a dynamic import that failed once
  // (offline) fails for good in that page, and "try again" must work.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), LIST_TIMEOUT_MS);
  try {
    const response = await Promise.race([
      fetchOnce(municipalitiesUrl, { signal: abort.signal }),
      // A response fetched early (src/i18n/earlyFetches.ts) has no signal of ours: it is given up just the same.
      new Promise<never>((_, reject) => abort.signal.addEventListener('abort', () => reject(new Error(`${municipalitiesUrl}: timed out`)))),
    ]);
    if (!response.ok) throw new Error(`${municipalitiesUrl}: ${response.status}`);
    // The file was checked when it was built, but what arrives may be cut off or replaced on the way: an
    // empty or malformed list is a failed load (with "try again"), not an empty search.
    const { municipalities, aliases } = ((await response.json()) ?? {}) as { municipalities?: unknown; aliases?: unknown };
    if (!Array.isArray(municipalities) || !municipalities.length || !municipalities.every(isMunicipality))
      throw new Error(`${municipalitiesUrl}: no list of municipalities`);
    const known = Array.isArray(aliases) ? aliases.filter(isAlias) : [];
    // Prepared once here, so that typing in the search does only the comparing.
    const index = searchIndex(municipalities, known);
    return (loaded = { state: 'ready', municipalities, search: (query) => searchMunicipalities(index, query) });
  } finally {
    clearTimeout(timer);
  }
}

function load(): Promise<MunicipalityList> {
  loading ??= fetchList().catch((): MunicipalityList => {
    loading = undefined;
    return { state: 'failed' };
  });
  return loading;
}

/** Starts fetching the list without waiting for it. */
export const preloadMunicipalities = () => void load();

/**
 * The list; `retry` to fetch it again after it failed; `recovered` once a retry brought it, so that the
 * screen can say so (a retry that works must not be silent).
 */
export function useMunicipalities(): { list: MunicipalityList; retry: () => void; recovered: boolean } {
  const [list, setList] = useState<MunicipalityList>(loaded ?? { state: 'loading' });
  const [retried, setRetried] = useState(false);
  useEffect(() => {
    if (list.state !== 'loading') return;
    let alive = true;
    void load().then((result) => alive && setList(result));
    return () => {
      alive = false;
    };
  }, [list.state]);
  const retry = useCallback(() => {
    setRetried(true);
    setList({ state: 'loading' });
  }, []);
  return { list, retry, recovered: retried && list.state === 'ready' };
}

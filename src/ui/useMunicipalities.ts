import { useCallback, useEffect, useState } from 'react';
import { municipalitiesUrl } from 'virtual:municipalities';
import { searchIndex, searchMunicipalities, type Match } from '../engine/municipalitySearch.ts';
import type { Municipality, MunicipalityAlias } from '../engine/schema.ts';

export type MunicipalityList =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; municipalities: Municipality[]; search: (query: string) => Match[] };

// The list of 342 municipalities is fetched once a screen needs it (or after the first answer), not with
// the first screen; once fetched, every later screen has it at once. A failed fetch is forgotten, so that
// trying again fetches again.
let loading: Promise<MunicipalityList> | undefined;
let loaded: MunicipalityList | undefined;

async function fetchList(): Promise<MunicipalityList> {
  // The search code is in the main script, not imported with the list: a dynamic import that failed once
  // (offline) fails for good in that page, and "try again" must work.
  const response = await fetch(municipalitiesUrl);
  if (!response.ok) throw new Error(`${municipalitiesUrl}: ${response.status}`);
  const { municipalities, aliases } = (await response.json()) as { municipalities: Municipality[]; aliases: MunicipalityAlias[] };
  // Prepared once here, so that typing in the search does only the comparing.
  const index = searchIndex(municipalities, aliases);
  return (loaded = { state: 'ready', municipalities, search: (query) => searchMunicipalities(index, query) });
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

/** The list, and `retry` to fetch it again after it failed. */
export function useMunicipalities(): { list: MunicipalityList; retry: () => void } {
  const [list, setList] = useState<MunicipalityList>(loaded ?? { state: 'loading' });
  useEffect(() => {
    if (list.state !== 'loading') return;
    let alive = true;
    void load().then((result) => alive && setList(result));
    return () => {
      alive = false;
    };
  }, [list.state]);
  const retry = useCallback(() => setList({ state: 'loading' }), []);
  return { list, retry };
}

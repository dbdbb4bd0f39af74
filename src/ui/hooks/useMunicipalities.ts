import { municipalitiesUrl } from 'virtual:municipalities';
import type { Match } from '../../engine/municipalitySearch.ts';
import { load, type BackgroundFile } from '../../load/background.ts';
import type { Municipality, MunicipalityAlias } from '../../engine/schema.ts';
import { whenIdle } from '../lib/whenIdle.ts';
import { useBackgroundLoad } from './useBackgroundLoad.ts';
import { loadResultParts } from './useResultParts.ts';

export type MunicipalityList =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; municipalities: Municipality[]; search: (query: string) => Match[] };

const isText = (value: unknown, min = 1): value is string => typeof value === 'string' && value.length >= min;
const isMunicipality = (entry: unknown): entry is Municipality =>
  Array.isArray(entry) && entry.length === 2 && isText(entry[0]) && isText(entry[1]);
const isAlias = (entry: unknown): entry is MunicipalityAlias =>
  typeof entry === 'object' && entry !== null && isText((entry as MunicipalityAlias).code) && isText((entry as MunicipalityAlias).alias);

type Ready = Extract<MunicipalityList, { state: 'ready' }>;

// The list of 342 municipalities loads in the background (src/load/background.ts) once a screen needs it,
// or after the first answer, not with the first screen; once there, every later screen has it at once. The
// search code comes with the result's code (src/ui/resultParts.ts), by the same loader: the list is ready
// when both are, and "try again" loads again whichever failed.
const listFile: BackgroundFile<Ready> = {
  address: municipalitiesUrl,
  read: async (response) => {
    // The file was checked when it was built, but what arrives may be cut off or replaced on the way: an
    // empty or malformed list is a failed load (with "try again"), not an empty search.
    const { municipalities, aliases } = ((await response.json()) ?? {}) as { municipalities?: unknown; aliases?: unknown };
    if (!Array.isArray(municipalities) || !municipalities.length || !municipalities.every(isMunicipality))
      throw new Error(`${municipalitiesUrl}: no list of municipalities`);
    const known = Array.isArray(aliases) ? aliases.filter(isAlias) : [];
    // Prepared once here, so that typing in the search does only the comparing; when the browser is idle,
    // as it arrives while the person is answering (about 35 ms at 4× CPU: a tap then would wait for it).
    const { searchIndex, searchMunicipalities } = await loadResultParts();
    await new Promise<void>((done) => whenIdle(done));
    const index = searchIndex(municipalities, known);
    return { state: 'ready', municipalities, search: (query) => searchMunicipalities(index, query) };
  },
};

/** Starts loading the list without waiting for it. */
export const preloadMunicipalities = () => void load(listFile).catch(() => undefined);

/** The list, and `retry` to load it again after it failed. */
export function useMunicipalities(): { list: MunicipalityList; retry: () => void } {
  const { state, value, retry } = useBackgroundLoad(listFile);
  const list: MunicipalityList = state === 'ready' && value ? value : state === 'failed' ? { state: 'failed' } : { state: 'loading' };
  return { list, retry };
}

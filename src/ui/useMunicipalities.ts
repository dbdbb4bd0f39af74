import { useEffect, useState } from 'react';
import type { Municipality, MunicipalityAlias } from '../engine/schema.ts';

type List =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; municipalities: Municipality[]; aliases: MunicipalityAlias[] };

// The list of 342 municipalities is only fetched when a screen needs it, not with the first screen;
// once fetched, every later screen has it at once.
let loading: Promise<List> | undefined;
let loaded: List | undefined;

/** Starts fetching the list without waiting for it. */
export const preloadMunicipalities = () => void load();

function load(): Promise<List> {
  loading ??= import('../engine/shippedMunicipalities.ts').then(
    (module): List => (loaded = { state: 'ready', municipalities: module.municipalities, aliases: module.municipalityAliases }),
    (): List => {
      loading = undefined; // try again on the next screen that asks
      return { state: 'failed' };
    },
  );
  return loading;
}

export function useMunicipalities(): List {
  const [list, setList] = useState<List>(loaded ?? { state: 'loading' });
  useEffect(() => {
    if (list.state === 'ready') return;
    let alive = true;
    void load().then((result) => alive && setList(result));
    return () => {
      alive = false;
    };
  }, [list.state]);
  return list;
}

import { useEffect, useState } from 'react';
import type { Municipality, MunicipalityAlias } from '../flow/schema.ts';

type List =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; municipalities: Municipality[]; aliases: MunicipalityAlias[] };

// The list of 342 municipalities is only fetched when a screen needs it, not with the first screen.
let loading: Promise<typeof import('../../flows/municipalities.ts')> | undefined;

export function useMunicipalities(): List {
  const [list, setList] = useState<List>({ state: 'loading' });
  useEffect(() => {
    let alive = true;
    loading ??= import('../../flows/municipalities.ts');
    loading.then(
      (module) => alive && setList({ state: 'ready', municipalities: module.municipalities, aliases: module.municipalityAliases }),
      () => {
        loading = undefined;
        if (alive) setList({ state: 'failed' });
      },
    );
    return () => {
      alive = false;
    };
  }, []);
  return list;
}

import { useMunicipalities } from './useMunicipalities.ts';

/** The CBS name of an answered municipality code; undefined for "unknown" or while the list loads. */
export function useMunicipalityName(code: string | undefined): string | undefined {
  const { list } = useMunicipalities();
  if (!code || list.state !== 'ready') return undefined;
  return list.municipalities.find(([c]) => c === code)?.[1];
}

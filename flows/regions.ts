import type { Region } from '../src/engine/schema.ts';
import { source } from './sources.ts';

// Municipality (CBS code) → region, for the regions whose contacts the sources name. A municipality in no
// region gets the national contacts only. Add a region here and give its contacts a `when: { region: [...] }`.
export const regions: Region[] = [
  {
    id: 'ijsselland',
    name: 'IJsselland',
    members: [
      'GM0148', // Dalfsen
      'GM0150', // Deventer
      'GM0160', // Hardenberg
      'GM0166', // Kampen
      'GM0175', // Ommen
      'GM0177', // Raalte
      'GM0180', // Staphorst
      'GM0193', // Zwolle
      'GM1708', // Steenwijkerland
      'GM1773', // Olst-Wijhe
      'GM1896', // Zwartewaterland
    ],
    sources: [source.regionIjsselland, source.vtIjsselland],
  },
  {
    id: 'flevoland',
    name: 'Flevoland',
    members: [
      'GM0034', // Almere
      'GM0050', // Zeewolde
      'GM0171', // Noordoostpolder
      'GM0184', // Urk
      'GM0303', // Dronten
      'GM0995', // Lelystad
    ],
    sources: [source.flevolandMunicipalities, source.regionFlevoland],
  },
];

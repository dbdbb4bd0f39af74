import { searchIndex, searchMunicipalities } from '../engine/municipalitySearch.ts';
import { prepareFormats } from '../result/prepareFormats.ts';
import { ContactCard } from './components/ContactCard.tsx';
import { ResultBody } from './screens/ResultBody.tsx';

/**
 * What the result, the acute screen's cards and the municipality search need beyond the questions: a chunk
 * of its own, so that the first load carries only what the questions need. It loads in the background from
 * the first answer, through the one loader (src/ui/hooks/useResultParts.ts), with its retry.
 */
export const resultParts = { ResultBody, ContactCard, searchIndex, searchMunicipalities, prepareFormats };
export type ResultParts = typeof resultParts;

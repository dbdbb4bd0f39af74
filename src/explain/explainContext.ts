import type { TFunction } from 'i18next';
import { municipalities } from '../../flows/municipalities.ts';
import { contentFlow } from '../content/contentFlow.ts';
import { shipFlow } from '../content/shipFlow.ts';
import type { Municipality } from '../engine/schema.ts';
import type { ShippedFlow } from '../engine/shippedFlow.ts';
import type { Language } from '../i18n/languages.ts';
import { explainWords } from './explainWords.ts';

/** What every part of flows:explain reads: the flow as shipped, the language's words, the moment for "open now". */
export type ExplainContext = {
  flow: ShippedFlow;
  municipalities: Municipality[];
  language: Language;
  now: Date;
  t: TFunction;
  has: (key: string) => boolean;
  /** The tool's own words (explainFrame.ts), filled in. */
  frame: TFunction<'explain'>;
};

/** The flow as the browser gets it (scripts/flowPlugin.ts ships the same), the app's words in `language`, and `now`. */
export function explainContext(language: Language, now: Date): ExplainContext {
  return { flow: shipFlow(contentFlow), municipalities, language, now, ...explainWords(language) };
}

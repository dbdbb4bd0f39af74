import type { Language } from '../i18n/languages.ts';
import { parseTagged, type TaggedPart } from '../i18n/taggedText.ts';

/**
 * A text with its marks (src/i18n/taggedText.ts) as a reader sees it, in plain text: on a uk or en page the
 * Dutch words `[nl: …]` (the app marks them lang="nl"), and no words that only a screen reader says. On a
 * Dutch page every word is Dutch: no mark.
 */
export function readable(text: string, language: Language): string {
  const read = (part: TaggedPart): string => {
    if (typeof part === 'string') return part;
    if (part.tag === 'hidden') return '';
    const words = part.parts.map(read).join('');
    return language === 'nl' ? words : `[nl: ${words}]`;
  };
  // The screen keeps a number on one line with no-break spaces and word joiners: in plain text they only get in
  // the way of searching for "088 - 203 29 00".
  return parseTagged(text)
    .map(read)
    .join('')
    .replace(/\u2060/g, '')
    .replace(/\u00a0/g, ' ');
}

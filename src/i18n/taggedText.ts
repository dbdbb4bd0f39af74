/**
 * The two marks a translator may use in any text: `<nl>…</nl>` for Dutch words inside a uk or en text (a
 * screen reader then says them in Dutch), and `<hidden>…</hidden>` for words only a screen reader says.
 */
export type Tag = 'nl' | 'hidden';
export type TaggedPart = string | { tag: Tag; parts: TaggedPart[] };

const MARKED = /<(nl|hidden)>([\s\S]*?)<\/\1>/g;

/**
 * A text with its marks, as nested parts: the one reading of the marks, for the app's screens and the early
 * walker (src/views/taggedView.ts). A mark holds the other kind, never its own; flows:check makes sure every
 * mark is closed (src/content/checkLocales.ts), so a mark left open never reaches a reader.
 */
export function parseTagged(text: string): TaggedPart[] {
  const parts: TaggedPart[] = [];
  let at = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ tag: match[1] as Tag, parts: parseTagged(match[2]) });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** The text as plain words, where no mark can stand (a page title, the clipboard): hidden words dropped. */
export const plainText = (text: string): string =>
  parseTagged(text)
    .map(function plain(part): string {
      if (typeof part === 'string') return part;
      return part.tag === 'hidden' ? '' : part.parts.map(plain).join('');
    })
    .join('');

/** The text with marks removed but every word kept: for a control's accessible name, which must say what it shows. */
export const spokenText = (text: string): string => text.replace(/<\/?(nl|hidden)>/g, '');

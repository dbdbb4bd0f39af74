/**
 * The two marks a translator may use in any text: `<nl>…</nl>` for Dutch words inside a uk or en text (a
 * screen reader then says them in Dutch), and `<hidden>…</hidden>` for words only a screen reader says.
 * Anything else is text; a mark left open ends with the text.
 */
export type Tag = 'nl' | 'hidden';
export type TaggedPart = string | { tag: Tag; parts: TaggedPart[] };

const TAG = /<(\/?)(nl|hidden)>/g;

/** A text with its marks, as nested parts: the one reading of the marks, for the app's screens and the early walker. */
export function parseTagged(text: string): TaggedPart[] {
  const stack: { tag?: Tag; parts: TaggedPart[] }[] = [{ parts: [] }];
  let at = 0;
  for (const match of text.matchAll(TAG)) {
    if (match.index > at) stack[stack.length - 1].parts.push(text.slice(at, match.index));
    at = match.index + match[0].length;
    const tag = match[2] as Tag;
    if (!match[1]) stack.push({ tag, parts: [] });
    else if (stack.length > 1 && stack[stack.length - 1].tag === tag) {
      const done = stack.pop()!;
      stack[stack.length - 1].parts.push({ tag, parts: done.parts });
    }
  }
  if (at < text.length) stack[stack.length - 1].parts.push(text.slice(at));
  while (stack.length > 1) {
    const open = stack.pop()!;
    stack[stack.length - 1].parts.push({ tag: open.tag!, parts: open.parts });
  }
  return stack[0].parts;
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
export const spokenText = (text: string): string => text.replace(TAG, '');

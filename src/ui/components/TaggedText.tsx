import type { ReactNode } from 'react';

type Tag = 'nl' | 'hidden';
const TAG = /<(\/?)(nl|hidden)>/g;
const wrap = (tag: Tag, children: ReactNode[], key: number) =>
  tag === 'nl' ? (
    <span key={key} lang="nl">
      {children}
    </span>
  ) : (
    <span key={key} className="visually-hidden">
      {children}
    </span>
  );

/**
 * A translation with two marks a translator may use: `<nl>…</nl>` for Dutch words inside a uk or en text (a
 * screen reader then says them in Dutch), and `<hidden>…</hidden>` for words only a screen reader says.
 * Anything else is text; a mark left open ends with the text.
 */
export function TaggedText({ text }: { text: string }) {
  const stack: { tag?: Tag; children: ReactNode[] }[] = [{ children: [] }];
  let at = 0;
  let key = 0;
  for (const match of text.matchAll(TAG)) {
    if (match.index > at) stack[stack.length - 1].children.push(text.slice(at, match.index));
    at = match.index + match[0].length;
    const tag = match[2] as Tag;
    if (!match[1]) stack.push({ tag, children: [] });
    else if (stack.length > 1 && stack[stack.length - 1].tag === tag) {
      const done = stack.pop()!;
      stack[stack.length - 1].children.push(wrap(tag, done.children, key++));
    }
  }
  if (at < text.length) stack[stack.length - 1].children.push(text.slice(at));
  while (stack.length > 1) {
    const open = stack.pop()!;
    stack[stack.length - 1].children.push(wrap(open.tag!, open.children, key++));
  }
  return <>{stack[0].children}</>;
}

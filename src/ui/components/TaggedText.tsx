import type { ReactNode } from 'react';
import { parseTagged, type TaggedPart } from '../../i18n/taggedText.ts';

const render = (part: TaggedPart, key: number): ReactNode => {
  if (typeof part === 'string') return part;
  const children = part.parts.map(render);
  return part.tag === 'nl' ? (
    <span key={key} lang="nl">
      {children}
    </span>
  ) : (
    <span key={key} className="visually-hidden">
      {children}
    </span>
  );
};

/**
 * A translation with its marks (src/i18n/taggedText.ts): `<nl>…</nl>` said in Dutch, `<hidden>…</hidden>`
 * said only by a screen reader. Every text a user reads goes through here, so every text can mark Dutch.
 */
export function TaggedText({ text }: { text: string }) {
  return <>{parseTagged(text).map(render)}</>;
}

import { createElement } from 'react';
import { taggedView } from '../../views/taggedView.ts';

/**
 * A translation with its marks (src/i18n/taggedText.ts): `<nl>…</nl>` said in Dutch, `<hidden>…</hidden>`
 * said only by a screen reader. Every text a user reads goes through here (or, in a view, taggedView), so
 * every text can mark Dutch.
 */
export function TaggedText({ text }: { text: string }) {
  return <>{taggedView(createElement, text)}</>;
}

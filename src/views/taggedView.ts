import { parseTagged, type TaggedPart } from '../i18n/taggedText.ts';
import type { Child, Element } from './element.ts';

/**
 * A text with its marks (src/i18n/taggedText.ts) as elements: `<nl>…</nl>` a span said in Dutch,
 * `<hidden>…</hidden>` a span only a screen reader says. Written once over the element factory, so the app
 * (src/ui/components/TaggedText.tsx) and the early walker mark a text alike.
 */
export function taggedView<N>(h: Element<N>, text: string): Child<N>[] {
  const draw = (part: TaggedPart, key: number): Child<N> =>
    typeof part === 'string'
      ? part
      : h('span', part.tag === 'nl' ? { key, lang: 'nl' } : { key, className: 'visually-hidden' }, ...part.parts.map(draw));
  return parseTagged(text).map(draw);
}

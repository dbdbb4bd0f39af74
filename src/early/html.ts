import type { Child, Element } from '../views/element.ts';

/** Markup made by `html`, told apart from text (which is escaped). */
export type Markup = { readonly html: string };

const escaped = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!);

function attribute(name: string, value: unknown): string {
  if (name === 'key' || name === 'ref' || name.startsWith('on') || value == null) return '';
  // There or not, as React writes it; other booleans (aria-*, data-*, spellCheck) are written as words.
  if (name === 'hidden') return value ? ' hidden=""' : '';
  const written = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name.toLowerCase();
  return ` ${written}="${escaped(String(value))}"`;
}

function children(items: readonly Child<Markup>[]): string {
  let out = '';
  let textBefore = false;
  for (const item of (items as unknown[]).flat(Infinity) as Child<Markup>[]) {
    if (item === false || item == null) continue;
    const isText = typeof item !== 'object';
    // Two pieces of text side by side are two text nodes in React's tree: the parser must see them apart.
    if (isText && textBefore) out += '<!-- -->';
    out += isText ? escaped(String(item)) : (item as Markup).html;
    textBefore = isText;
  }
  return out;
}

/**
 * The views of src/views/ as HTML, written as React writes them on the server (renderToString), so that the
 * app hydrates what the early walker drew: the same elements, the same text nodes. Event handlers and refs
 * are the app's, and left out. (React's camelCase names are lowercase attributes: tabIndex, autoComplete…)
 */
export const html: Element<Markup> = (tag, props, ...content) => {
  const attributes = Object.entries(props ?? {})
    .map(([name, value]) => attribute(name, value))
    .join('');
  return { html: tag === 'input' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${children(content)}</${tag}>` };
};

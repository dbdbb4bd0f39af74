import type { ExplainLine } from './explainLine.ts';
import type { ViewNode } from './textElement.ts';

const classOf = (node: ViewNode) => String(node.props.className ?? '').split(' ');
// What a reader does not see as words: a screen reader's own words, the Back control, the progress bar
// (its words stand beside it), a list that is closed.
const unseen = (node: ViewNode) =>
  classOf(node).includes('visually-hidden') || 'data-back' in node.props || node.tag === 'progress' || node.props.hidden === true;

/** A node's words with their marks, as the view's taggedView drew them: `<nl>…</nl>` where a span is said in Dutch. */
function tagged(node: ViewNode): string {
  const words = node.children.map((child) => (typeof child === 'string' ? child : unseen(child) ? '' : tagged(child))).join('');
  return node.props.lang === 'nl' ? `<nl>${words}</nl>` : words;
}

const find = (node: ViewNode, className: string): ViewNode | undefined =>
  classOf(node).includes(className)
    ? node
    : node.children.reduce<ViewNode | undefined>(
        (found, child) => found ?? (typeof child === 'string' ? undefined : find(child, className)),
        undefined,
      );

/**
 * A view (src/views/) as lines, in the order it draws them: a heading, a paragraph or a label a line each,
 * an option "( )" or "(•)" (the answer given) with its hint below it, a text box with what it holds.
 */
export function viewLines(node: ViewNode, indent = 0): ExplainLine[] {
  if (unseen(node)) return [];
  const heading = /^h([123])$/.exec(node.tag);
  if (heading) return [{ heading: Number(heading[1]) as 1 | 2 | 3, words: [tagged(node).trim()] }];
  if (node.tag === 'p' || node.tag === 'label') return tagged(node).trim() ? [{ indent, words: [tagged(node).trim()] }] : [];
  if (node.tag === 'input') return node.props.value ? [{ indent, before: '(•)', words: [], after: String(node.props.value) }] : [];
  if (node.tag === 'button' && 'data-option' in node.props) {
    const hint = find(node, 'option-hint');
    return [
      { indent, before: classOf(node).includes('chosen') ? '(•)' : '( )', words: [tagged(find(node, 'option-label')!).trim()] },
      ...(hint ? [{ indent: indent + 2, words: [tagged(hint).trim()] }] : []),
    ];
  }
  if (node.tag === 'button') return [{ indent, before: '▸', words: [tagged(node).trim()] }];
  const inner = node.tag === 'ul' || classOf(node).includes('combobox') ? indent + 1 : indent;
  return node.children.flatMap((child) => (typeof child === 'string' ? [] : viewLines(child, inner)));
}

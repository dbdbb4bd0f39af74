import type { Child, Element, Props } from '../views/element.ts';

/** An element of a view as flows:explain draws it: plain data, read as lines of text by viewLines.ts. */
export type ViewNode = { tag: string; props: Props; children: (ViewNode | string)[] };

const flat = (children: readonly Child<ViewNode>[]): (ViewNode | string)[] =>
  children.flatMap((child): (ViewNode | string)[] => {
    if (Array.isArray(child)) return flat(child);
    if (child === false || child === null || child === undefined) return [];
    return [typeof child === 'object' ? (child as ViewNode) : String(child)];
  });

/** The element factory of src/views/ for flows:explain: the same views the app draws, as data. */
export const textElement: Element<ViewNode> = (tag, props, ...children) => ({ tag, props: props ?? {}, children: flat(children) });

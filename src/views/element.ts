/**
 * What a view is written over: a function that makes one element from a tag, its props and its children,
 * as React's createElement does. The app passes React's (src/ui/lib/reactElement.ts); the early walker,
 * which runs before React has arrived, one that writes the same markup as text (src/early/html.ts). So a
 * screen is written once, and what the walker draws is what React hydrates.
 *
 * Props are React's: `className`, `htmlFor`, `tabIndex`, `aria-*`, `data-*`, event handlers (`onClick`) and
 * `ref`, which the text version leaves out; `key` for items of a list.
 */
export type Element<N> = (tag: string, props: Props | null, ...children: Child<N>[]) => N;
export type Props = Record<string, unknown>;
export type Child<N> = N | string | number | false | null | undefined | readonly Child<N>[];

/** The words a view shows: i18next's `t` in the app, the page's own words in the early walker. */
export type Words = {
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
};

import type { Element } from './element.ts';

export type ProgressCount = { current: number; max: number; text: string };

/**
 * The progress as seen. Hidden from screen readers here: they hear the same words as part of the question's
 * heading, where focus lands (questionView.ts), and not a second time when reading on.
 */
export const progressView = <N>(h: Element<N>, { current, max, text }: ProgressCount) =>
  h('p', { className: 'progress', 'aria-hidden': 'true' }, h('progress', { max, value: current }), h('span', null, text));

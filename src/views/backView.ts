import type { Element } from './element.ts';

/** The in-app Back: the same step as the browser's Back (src/ui/hooks/useOneHistory.ts). */
export const backView = <N>(h: Element<N>, { label, onBack }: { label: string; onBack?: () => void }) =>
  h('button', { type: 'button', className: 'back', 'data-back': true, onClick: onBack }, h('span', { 'aria-hidden': 'true' }, '‹ '), label);

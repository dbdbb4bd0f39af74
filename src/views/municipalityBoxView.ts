import { optionHook } from '../i18n/keys.ts';
import type { Element, Words } from './element.ts';
import { taggedView } from './taggedView.ts';

/** The ids of the box's parts: there is one box on a page, on the municipality question. */
const ID = 'municipality';
export const municipalityOptionId = (code: string) => `${ID}-${code}`;

export type MunicipalityBox = {
  words: Words;
  query: string;
  /** The matches shown, the active one marked; none while the list is closed. */
  shown: { code: string; name: string; active: boolean }[];
  /** Said by the status region. */
  status: string;
  loading: boolean;
  failed: boolean;
  boxRef?: unknown;
  onType?: (query: string) => void;
  onKeyDown?: (event: never) => void;
  onPick?: (code: string) => void;
  onRetry?: () => void;
};

/**
 * A combobox (WAI-ARIA 1.2, list autocomplete) over the municipality names. Drawn by the app
 * (src/ui/components/MunicipalitySearch.tsx, which owns what it does) and, while the early walker waits for
 * the app, by the walker in its first state: empty or with what was typed, the list loading.
 * Never disabled: a box that is disabled while it has focus drops that focus to the page.
 */
export function municipalityBoxView<N>(h: Element<N>, box: MunicipalityBox): N {
  const { words, query, shown, status, loading, failed, boxRef, onType, onKeyDown, onPick, onRetry } = box;
  const { t } = words;
  const open = shown.length > 0;
  const active = shown.find((match) => match.active);
  return h(
    'div',
    { className: 'combobox' },
    h('label', { htmlFor: `${ID}-input`, className: 'label' }, t('ui.municipality.label')),
    h('p', { id: `${ID}-hint`, className: 'hint' }, taggedView(h, t('ui.municipality.hint'))),
    h('input', {
      ref: boxRef,
      id: `${ID}-input`,
      type: 'text',
      role: 'combobox',
      autoComplete: 'off',
      autoCapitalize: 'off',
      spellCheck: false,
      'aria-autocomplete': 'list',
      'aria-expanded': open,
      'aria-controls': `${ID}-list`,
      'aria-describedby': `${ID}-hint`,
      'aria-activedescendant': open && active ? municipalityOptionId(active.code) : undefined,
      value: query,
      onChange: onType && ((event: { target: { value: string } }) => onType(event.target.value)),
      onKeyDown,
    }),
    h(
      'ul',
      {
        id: `${ID}-list`,
        role: 'listbox',
        'aria-label': t('ui.municipality.label'),
        'aria-busy': loading,
        className: 'matches',
        hidden: !open,
      },
      shown.map((match) =>
        h(
          'li',
          {
            key: match.code,
            id: municipalityOptionId(match.code),
            role: 'option',
            'aria-selected': match.active,
            'data-option': optionHook('municipality', match.code),
            className: match.active ? 'match active' : 'match',
            onClick: onPick && (() => onPick(match.code)),
          },
          match.name,
        ),
      ),
    ),
    h('p', { role: 'status', className: 'status' }, status),
    failed &&
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          'data-retry': true,
          onClick: onRetry,
        },
        t('ui.municipality.retry'),
      ),
    h('p', { className: 'or' }, t('ui.municipality.or')),
  );
}

import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../engine/municipalitySearch.ts';
import { optionHook } from '../../i18n/keys.ts';
import { useMunicipalities } from '../useMunicipalities.ts';

const SHOWN = 8;

/**
 * A combobox (WAI-ARIA 1.2, list autocomplete): type a few letters, move through the matches with the
 * arrow keys, pick one with Enter or a tap. Focus stays in the text box; the active match is announced
 * through aria-activedescendant.
 */
export function MunicipalitySearch({ onAnswer, current }: { onAnswer: (code: string) => void; current?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { list, retry } = useMunicipalities();
  const [query, setQuery] = useState('');
  // The box follows every key at once; the matches may lag a key behind on a slow phone.
  const wanted = useDeferredValue(query);
  const [active, setActive] = useState(-1);

  // Coming back to this question shows the municipality chosen before, once the list is there to name it.
  const [named, setNamed] = useState(false);
  if (!named && list.state === 'ready') {
    setNamed(true);
    if (current) setQuery(list.municipalities.find(([code]) => code === current)?.[1] ?? '');
  }

  const matches: Match[] = useMemo(() => (list.state === 'ready' ? list.search(wanted) : []), [list, wanted]);
  const shown = matches.slice(0, SHOWN);
  const open = shown.length > 0;
  const optionId = (code: string) => `${id}-${code}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((active + 1) % shown.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? shown.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const pick = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (pick) onAnswer(pick.code);
    } else if (event.key === 'Escape') {
      setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="label">
        {t('ui.municipality.label')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('ui.municipality.hint')}
      </p>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={open && active >= 0 ? optionId(shown[active].code) : undefined}
        value={query}
        disabled={list.state === 'failed'}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('ui.municipality.label')} className="matches" hidden={!open}>
        {shown.map((match, index) => (
          <li
            key={match.code}
            id={optionId(match.code)}
            role="option"
            aria-selected={index === active}
            data-option={optionHook('municipality', match.code)}
            className={index === active ? 'match active' : 'match'}
            onClick={() => onAnswer(match.code)}
          >
            {match.name}
          </li>
        ))}
      </ul>
      <p role="status" className="status">
        {list.state === 'failed'
          ? t('ui.municipality.loadError')
          : wanted.trim() && !matches.length
            ? t('ui.municipality.none', { query: wanted.trim() })
            : open
              ? `${t('ui.municipality.results', { count: matches.length })}${matches.length > SHOWN ? ` ${t('ui.municipality.more')}` : ''}`
              : ''}
      </p>
      {list.state === 'failed' && (
        <button type="button" className="secondary" data-retry onClick={retry}>
          {t('ui.municipality.retry')}
        </button>
      )}
      <p className="or">{t('ui.municipality.or')}</p>
    </div>
  );
}

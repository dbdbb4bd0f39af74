import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../engine/municipalitySearch.ts';
import { optionHook } from '../../i18n/keys.ts';
import { earlyQuery, forgetEarlyQuery } from '../earlyWalk.ts';
import { useMunicipalities } from '../hooks/useMunicipalities.ts';
import { useSearchStatus } from '../hooks/useSearchStatus.ts';

const SHOWN = 8;
// A hover-capable fine pointer means a mouse, and a mouse comes with a keyboard; a touch phone has no arrow
// keys until one is pressed (a Bluetooth keyboard). Letters tell nothing: phone keyboards send them too.
const KEYBOARD_MEDIA = '(hover: hover) and (pointer: fine)';
const KEYBOARD_ONLY_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Escape', 'Home', 'End']);

/**
 * A combobox (WAI-ARIA 1.2, list autocomplete): type a few letters, move through the matches with the
 * arrow keys, pick one with Enter or a tap. Focus stays in the text box, also while the list loads, fails
 * and loads again; the active match is announced through aria-activedescendant, the rest by the status.
 */
export function MunicipalitySearch({ onAnswer, current }: { onAnswer: (code: string) => void; current?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const { list, retry, recovered } = useMunicipalities();
  // "The list has loaded" is said after a retry that worked, until the next key.
  const [loadedHeard, setLoadedHeard] = useState(false);
  // What was typed while the early walker waited for the app, kept (src/ui/earlyWalk.ts).
  const [query, setQuery] = useState(() => earlyQuery().query);
  // The matches follow each key in the same render: a search takes about a millisecond, and a deferred one
  // cost a second render and frame per key (npm run bench: key → list painted, median 44–79 ms, was 68–108).
  const wanted = query;
  const [active, setActive] = useState(-1);
  // Closed by Escape; opened again by typing or ArrowDown. With nothing typed, ArrowDown opens the whole list.
  const [expanded, setExpanded] = useState<'typed' | 'all' | false>('typed');
  // Read once, when drawn: this question is never on the prerendered first screen, so no server guess is needed.
  const [keyboard, setKeyboard] = useState(() => typeof window !== 'undefined' && Boolean(window.matchMedia?.(KEYBOARD_MEDIA).matches));

  useEffect(() => {
    const { focused } = earlyQuery();
    forgetEarlyQuery();
    if (!focused || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(box.current.value.length, box.current.value.length);
  }, []);

  // Coming back to this question shows the municipality chosen before, once the list is there to name it.
  const [named, setNamed] = useState(false);
  if (!named && list.state === 'ready') {
    setNamed(true);
    if (current) setQuery(list.municipalities.find(([code]) => code === current)?.[1] ?? '');
  }

  const matches: Match[] = useMemo(() => {
    if (list.state !== 'ready') return [];
    if (expanded === 'all' && !wanted.trim()) return list.municipalities.map(([code, name]) => ({ code, name }));
    return list.search(wanted);
  }, [list, wanted, expanded]);
  const shown = expanded ? matches.slice(0, SHOWN) : [];
  const open = shown.length > 0;
  const optionId = (code: string) => `${id}-${code}`;

  const found = matches.length
    ? [
        t('ui.municipality.found', { count: matches.length }),
        matches.length > SHOWN ? t('ui.municipality.more') : '',
        t(keyboard ? 'ui.municipality.chooseKeys' : 'ui.municipality.chooseTap'),
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const typed = wanted.trim();
  const { status, say, typing } = useSearchStatus(
    list.state === 'failed'
      ? t('ui.municipality.loadError')
      : list.state === 'loading'
        ? t('ui.municipality.loading')
        : [
            recovered && !loadedHeard ? t('ui.municipality.loaded') : '',
            typed && !matches.length ? t('ui.municipality.none', { query: typed }) : typed || expanded === 'all' ? found : '',
          ]
            .filter(Boolean)
            .join(' '),
    query,
  );

  // Enter picks the highlighted match, or the only one; otherwise it says why nothing happened.
  const pick = () => {
    const chosen = shown[active] ?? (matches.length === 1 ? matches[0] : undefined);
    if (chosen) return onAnswer(chosen.code);
    if (list.state === 'loading') return say(t('ui.municipality.stillLoading'));
    if (list.state === 'failed') return say(t('ui.municipality.loadError'));
    if (!query.trim()) return say(t('ui.municipality.typeFirst'));
    if (!matches.length) return say(t('ui.municipality.none', { query: query.trim() }));
    say(t('ui.municipality.chooseOne'));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (KEYBOARD_ONLY_KEYS.has(event.key)) setKeyboard(true);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        // A closed list opens with the first match active (the last one for ArrowUp).
        setExpanded(query.trim() ? 'typed' : 'all');
        setActive(event.key === 'ArrowDown' ? 0 : Math.min(matches.length, SHOWN) - 1);
      } else if (event.key === 'ArrowDown') setActive((active + 1) % shown.length);
      else setActive(active <= 0 ? shown.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick();
    } else if (event.key === 'Escape') {
      // First Escape closes the list, the second empties the box (as the WAI-ARIA combobox pattern does).
      if (open) setExpanded(false);
      else setQuery('');
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
      {/* Never disabled: a box that is disabled while it has focus drops that focus to the page. */}
      <input
        ref={box}
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
        aria-activedescendant={open && active >= 0 && shown[active] ? optionId(shown[active].code) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setExpanded('typed');
          setActive(-1);
          setLoadedHeard(recovered);
          typing();
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('ui.municipality.label')}
        aria-busy={list.state === 'loading'}
        className="matches"
        hidden={!open}
      >
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
        {status}
      </p>
      {list.state === 'failed' && (
        <button
          type="button"
          className="secondary"
          data-retry
          onClick={() => {
            // The button goes while the list loads: focus goes back to the box first, where the status is heard.
            box.current?.focus();
            retry();
          }}
        >
          {t('ui.municipality.retry')}
        </button>
      )}
      <p className="or">{t('ui.municipality.or')}</p>
    </div>
  );
}

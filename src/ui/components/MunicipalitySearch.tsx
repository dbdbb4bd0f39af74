import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Match } from '../../engine/municipalitySearch.ts';
import { municipalityBoxView, type MunicipalityBox } from '../../views/municipalityBoxView.ts';
import { FlowActor } from '../hooks/flowActor.ts';
import { useHasFocus } from '../hooks/useHasFocus.ts';
import { useHydrating } from '../hooks/useHydrating.ts';
import { useMunicipalities } from '../hooks/useMunicipalities.ts';
import { loadResultParts } from '../hooks/useResultParts.ts';
import { whenIdle } from '../lib/whenIdle.ts';
import { useSearchStatus } from '../hooks/useSearchStatus.ts';
import { useWords } from '../hooks/useWords.ts';
import { reactElement } from '../lib/reactElement.ts';

const SHOWN = 8;
// A hover-capable fine pointer means a mouse, and a mouse comes with a keyboard; a touch phone has no arrow
// keys until one is pressed (a Bluetooth keyboard). Letters tell nothing: phone keyboards send them too.
const KEYBOARD_MEDIA = '(hover: hover) and (pointer: fine)';
const KEYBOARD_ONLY_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Escape', 'Home', 'End']);

/**
 * The municipality search (src/views/municipalityBoxView.ts): type a few letters, move through the matches
 * with the arrow keys, pick one with Enter or a tap. Focus stays in the text box, also while the list loads,
 * fails and loads again; the active match is announced through aria-activedescendant, the rest by the
 * status. What is typed is the check's (the machine's `query`), so that what was typed before the app
 * arrived (the early walker's box, which this one hydrates) is kept.
 */
export function MunicipalitySearch({ onAnswer, current }: { onAnswer: (code: string) => void; current?: string }) {
  const words = useWords();
  const { t } = words;
  const actor = FlowActor.useActorRef();
  const query = FlowActor.useSelector((s) => s.context.query);
  const setQuery = (typed: string) => actor.send({ type: 'TYPE', query: typed });
  const box = useRef<HTMLInputElement>(null);
  const { list, retry } = useMunicipalities();
  const focused = useHasFocus(box);
  // "Loading" or "failed" was said: "the list has loaded" is said when it comes, until the next key.
  const [waitHeard, setWaitHeard] = useState(false);
  // The matches follow each key in the same render: a search takes about a millisecond, and a deferred one
  // cost a second render and frame per key (npm run bench: key → list painted, median 44–79 ms, was 68–108).
  const wanted = query;
  const [active, setActive] = useState(-1);
  // Closed by Escape; opened again by typing or ArrowDown. With nothing typed, ArrowDown opens the whole list.
  const [expanded, setExpanded] = useState<'typed' | 'all' | false>('typed');
  // Read once, when drawn: this question is never on the prerendered first screen, so no server guess is needed.
  const [keyboard, setKeyboard] = useState(() => typeof window !== 'undefined' && Boolean(window.matchMedia?.(KEYBOARD_MEDIA).matches));

  // Coming back to this question shows the municipality chosen before, once the list is there to name it.
  const named = useRef(false);
  useEffect(() => {
    if (named.current || list.state !== 'ready') return;
    named.current = true;
    const name = current && list.municipalities.find(([code]) => code === current)?.[1];
    if (name && !query) actor.send({ type: 'TYPE', query: name });
  }, [list, current, query, actor]);

  // While the person picks, the result's date formats are made, not in the result's first frame: the list is
  // ready only once the result's code is, so its loader answers at once (src/result/prepareFormats.ts). What
  // cannot be made here fails again when the result draws, and shows the error screen there.
  const language = FlowActor.useSelector((s) => s.context.language);
  useEffect(() => {
    if (list.state !== 'ready') return;
    return whenIdle(
      () =>
        void loadResultParts()
          .then((parts) => parts.prepareFormats(language, new Date()))
          .catch(() => undefined),
    );
  }, [list.state, language]);

  const matches: Match[] = useMemo(() => {
    if (list.state !== 'ready') return [];
    if (expanded === 'all' && !wanted.trim()) return list.municipalities.map(([code, name]) => ({ code, name }));
    return list.search(wanted);
  }, [list, wanted, expanded]);
  const shown = expanded ? matches.slice(0, SHOWN) : [];

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
  // What the search found is said to the one who is searching: not while focus is elsewhere (on the heading,
  // when Back brings this question back with the municipality chosen before).
  const feedback = !focused
    ? ''
    : typed && !matches.length
      ? t('ui.municipality.none', { query: typed })
      : typed || expanded === 'all'
        ? found
        : '';
  const { status, say, typing } = useSearchStatus(
    list.state === 'failed'
      ? t('ui.municipality.loadError')
      : list.state === 'loading'
        ? t('ui.municipality.loading')
        : [waitHeard ? t('ui.municipality.loaded') : '', feedback].filter(Boolean).join(' '),
    query,
    // The box the early walker drew says it is loading, and is taken over as it is.
    useHydrating(),
  );
  if (list.state !== 'ready' && status && !waitHeard) setWaitHeard(true);

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
      if (!shown.length) {
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
      if (shown.length) setExpanded(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <Box
      words={words}
      query={query}
      shown={shown.map((match, index) => ({ ...match, active: index === active }))}
      status={status}
      loading={list.state === 'loading'}
      failed={list.state === 'failed'}
      boxRef={box}
      onType={(value) => {
        setQuery(value);
        setExpanded('typed');
        setActive(-1);
        if (list.state === 'ready') setWaitHeard(false);
        typing();
      }}
      onKeyDown={onKeyDown as (event: never) => void}
      onPick={onAnswer}
      onRetry={() => {
        // The button goes while the list loads: focus goes back to the box first, where the status is heard.
        box.current?.focus();
        retry();
      }}
    />
  );
}

/** The box as React draws it. */
const Box = (box: MunicipalityBox) => municipalityBoxView(reactElement, box);

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startI18n, switchLanguage } from '../../i18n/i18n.ts';
import { createActor } from 'xstate';
import { FlowActor, flowMachine } from '../hooks/flowActor.ts';
import { TYPING_PAUSE_MS } from '../hooks/useSearchStatus.ts';
import { SAY_GAP_MS } from '../lib/announcer.ts';
import { MunicipalitySearch } from './MunicipalitySearch.tsx';

// The list is fetched once per page and kept: the tests that need it missing or late come first.
beforeAll(() => startI18n('uk'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The box on the municipality question, where what is typed is the check's. */
function showBox(onAnswer: (code: string) => void) {
  const actor = createActor(flowMachine, { input: { language: 'uk' } }).start();
  for (const [question, option] of [
    ['danger', 'no'],
    ['role', 'neighbour'],
    ['age', 'adult'],
    ['concern', 'stalking'],
    ['suspect', 'other'],
  ])
    actor.send({ type: 'ANSWER', question, option });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return render(
    <FlowActor.Provider options={{ input: { language: 'uk' }, snapshot }}>
      <MunicipalitySearch onAnswer={onAnswer} />
    </FlowActor.Provider>,
  );
}

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key, options);
const status = () => screen.getByRole('status');
const retryButton = () => screen.queryByRole('button', { name: t('ui.municipality.retry') });
/** Messages take turns on the page's one voice (src/ui/lib/announcer.ts): one may wait a second for another. */
const IN_TURN = { timeout: SAY_GAP_MS + 3000 };
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

describe('the municipality list that does not load', () => {
  it.each([
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['it arrives empty', () => Promise.resolve(json({ municipalities: [], aliases: [] }))],
    ['it arrives malformed', () => Promise.resolve(new Response('{"municipalities": [["GM0180"', { status: 200 }))],
    ['it is not a list', () => Promise.resolve(json({ municipalities: [{ code: 'GM0180' }] }))],
    ['the server says 404', () => Promise.resolve(new Response('', { status: 404 }))],
  ])('when %s: says so, keeps focus in the box while typing, and offers to try again', async (_, reply) => {
    await switchLanguage('uk');
    vi.spyOn(globalThis, 'fetch').mockImplementation(reply);
    showBox(() => undefined);
    const box = screen.getByRole('combobox');
    box.focus();
    fireEvent.change(box, { target: { value: 'Utr' } });
    expect(await screen.findByText(t('ui.municipality.loadError'), {}, IN_TURN)).toBe(status());
    expect(box).toBeEnabled();
    expect(box).toHaveFocus();
    expect(retryButton()).toBeInTheDocument();
  });
});

describe('the municipality search', () => {
  it('while loading says "loading" (busy), never "nothing found"; a retry keeps focus and says it worked', async () => {
    await switchLanguage('uk');
    const realFetch = globalThis.fetch;
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'));
    showBox(() => undefined);
    expect(await screen.findByText(t('ui.municipality.loadError'), {}, IN_TURN)).toBe(status());

    let arrive: () => void = () => undefined;
    fetch.mockImplementation((...args) => new Promise<void>((resolve) => (arrive = resolve)).then(() => realFetch(...args)));
    const retry = retryButton()!;
    retry.focus();
    fireEvent.click(retry);
    const box = screen.getByRole('combobox');
    expect(box, 'focus goes to the box, not to the page').toHaveFocus();
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.loading')), IN_TURN);
    expect(screen.getByRole('listbox', { hidden: true })).toHaveAttribute('aria-busy', 'true');

    fireEvent.change(box, { target: { value: 'Утр' } });
    // Once typing has paused, the status speaks again: still "loading", never "nothing found".
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.loading')), {
      timeout: TYPING_PAUSE_MS + IN_TURN.timeout,
    });
    expect(status()).not.toHaveTextContent(t('ui.municipality.none', { query: 'Утр' }));

    act(() => arrive());
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.loaded')), IN_TURN);
    expect(box).toHaveFocus();
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'false');
  });

  it('announces the count once typing pauses, not at every key, to the one typing', async () => {
    await switchLanguage('en');
    showBox(() => undefined);
    const box = screen.getByRole('combobox');
    box.focus();
    for (const query of ['Z', 'Zw', 'Zwo']) fireEvent.change(box, { target: { value: query } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(status()).toHaveTextContent(/^$/);
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.found', { count: 1 })), IN_TURN);
    // jsdom has no mouse: no arrow keys are promised until one is pressed.
    expect(status()).toHaveTextContent(t('ui.municipality.chooseTap'));
    expect(status()).not.toHaveTextContent(t('ui.municipality.chooseKeys'));
    // Focus elsewhere: the count is not said.
    act(() => box.blur());
    await vi.waitFor(() => expect(status()).toHaveTextContent(/^$/));
  });

  it('promises arrow keys where a mouse (and so a keyboard) is, or after an arrow key', async () => {
    await switchLanguage('en');
    showBox(() => undefined);
    screen.getByRole('combobox').focus();
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'ArrowDown' });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Zwo' } });
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.chooseKeys')), IN_TURN);
    cleanup();

    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('pointer: fine') }));
    showBox(() => undefined);
    screen.getByRole('combobox').focus();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Zwo' } });
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.chooseKeys')), IN_TURN);
  });

  it('ArrowDown opens a closed list; Escape closes it', async () => {
    await switchLanguage('en');
    showBox(() => undefined);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'Staph' } });
    await screen.findByRole('option', { name: 'Staphorst' });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).toBeNull();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const staphorst = screen.getByRole('option', { name: 'Staphorst' });
    expect(box).toHaveAttribute('aria-activedescendant', staphorst.id);

    // With nothing typed, ArrowDown opens the list from the top.
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option').length).toBeGreaterThan(1);
  });

  it('Enter picks the only match, and otherwise says why nothing happened', async () => {
    await switchLanguage('en');
    const onAnswer = vi.fn();
    showBox(onAnswer);
    const box = screen.getByRole('combobox');
    box.focus();
    // The list is there (a list still loading is said to be loading instead).
    await vi.waitFor(() => expect(screen.getByRole('listbox', { hidden: true })).toHaveAttribute('aria-busy', 'false'));
    fireEvent.keyDown(box, { key: 'Enter' });
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.typeFirst')), IN_TURN);

    fireEvent.change(box, { target: { value: 'Zw' } });
    await vi.waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    // Pressed again the moment the words show (before React's effects have run, as on a busy phone), the same
    // words are said again: the text changes (a no-break space), so a screen reader reads it.
    const chooseOne = t('ui.municipality.chooseOne');
    const pressedAgain = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (status().textContent !== chooseOne) return;
        observer.disconnect();
        fireEvent.keyDown(box, { key: 'Enter' });
        resolve();
      });
      observer.observe(status(), { childList: true, characterData: true, subtree: true });
    });
    fireEvent.keyDown(box, { key: 'Enter' });
    await pressedAgain;
    expect(onAnswer).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(status().textContent).toBe(`${chooseOne}\u00a0`), IN_TURN);

    fireEvent.change(box, { target: { value: 'Qxqxq' } });
    await vi.waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(0));
    fireEvent.keyDown(box, { key: 'Enter' });
    await vi.waitFor(() => expect(status()).toHaveTextContent(t('ui.municipality.none', { query: 'Qxqxq' })), IN_TURN);

    fireEvent.change(box, { target: { value: 'Zwo' } });
    await vi.waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAnswer).toHaveBeenCalledWith('GM0193');

    // Several matches, one highlighted with the arrow keys: Enter picks that one.
    fireEvent.change(box, { target: { value: 'Staph' } });
    await screen.findByRole('option', { name: 'Staphorst' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAnswer).toHaveBeenLastCalledWith('GM0180');
  });

  it('finds a municipality typed in Cyrillic and answers with its code', async () => {
    await switchLanguage('uk');
    const onAnswer = vi.fn();
    showBox(onAnswer);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Зволле' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Zwolle' }));
    expect(onAnswer).toHaveBeenCalledWith('GM0193');
  });
});

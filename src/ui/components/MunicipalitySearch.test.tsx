import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startI18n, switchLanguage } from '../../i18n/i18n.ts';
import { MunicipalitySearch } from './MunicipalitySearch.tsx';

beforeAll(() => startI18n('uk'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the municipality search', () => {
  it('says when the list did not load, and loads it again with "try again"', async () => {
    await switchLanguage('uk');
    const realFetch = globalThis.fetch;
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<MunicipalitySearch onAnswer={() => undefined} />);
    expect(await screen.findByText(i18next.t('ui.municipality.loadError'))).toBeInTheDocument();
    expect(screen.getByRole('combobox')).toBeDisabled();

    fetch.mockImplementation(realFetch);
    fireEvent.click(screen.getByRole('button', { name: i18next.t('ui.municipality.retry') }));
    expect(await screen.findByRole('combobox', {}, { timeout: 3000 })).toBeEnabled();
    expect(screen.queryByRole('button', { name: i18next.t('ui.municipality.retry') })).toBeNull();
  });

  it('finds a municipality typed in Cyrillic and answers with its code', async () => {
    await switchLanguage('uk');
    const onAnswer = vi.fn();
    render(<MunicipalitySearch onAnswer={onAnswer} />);
    const box = await screen.findByRole('combobox');
    await vi.waitFor(() => expect(box).toBeEnabled());
    fireEvent.change(box, { target: { value: 'Зволле' } });
    const zwolle = await screen.findByRole('option', { name: 'Zwolle' });
    fireEvent.click(zwolle);
    expect(onAnswer).toHaveBeenCalledWith('GM0193');
  });
});

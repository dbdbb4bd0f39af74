import { renderHook } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { startI18n, switchLanguage } from '../../i18n/i18n.ts';
import { useWords } from './useWords.ts';

beforeAll(() => startI18n('nl'));

describe('useWords', () => {
  it("gives i18next's text in the language on show, also after a switch", async () => {
    const { result, rerender } = renderHook(() => useWords());
    expect(result.current.t('ui.appName')).toBe(i18next.getFixedT('nl')('ui.appName'));
    await switchLanguage('uk');
    rerender();
    expect(result.current.t('ui.appName')).toBe(i18next.getFixedT('uk')('ui.appName'));
    expect(result.current.t('ui.appName')).not.toBe(i18next.getFixedT('nl')('ui.appName'));
    await switchLanguage('nl');
  });

  it('fills in values each time, and finds a text that arrives after it was first asked for', () => {
    const { result } = renderHook(() => useWords());
    expect(result.current.t('test.later')).toBe('test.later');
    i18next.addResourceBundle('nl', 'translation', { test: { later: 'Later, {{name}}' } }, true);
    expect(result.current.t('test.later', { name: 'A' })).toBe('Later, A');
    expect(result.current.t('test.later', { name: 'B' })).toBe('Later, B');
  });
});

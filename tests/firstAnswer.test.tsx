import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import { municipalitiesUrl } from 'virtual:municipalities';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// React runs an answer's effects in the tap's own task, before its screen is painted: what they start
// (the municipality list, fetched from the first answer) must wait for the browser to be idle.
it("starts the municipality list's load after the first answer's task, not in it", async () => {
  await renderApp('nl');
  const fetches = vi.spyOn(globalThis, 'fetch');
  const asked = () => fetches.mock.calls.some(([address]) => String(address) === municipalitiesUrl);
  fireEvent.click(document.querySelector('[data-option="danger:no"]')!);
  expect(document.querySelector('[data-question]')?.getAttribute('data-question')).toBe('role');
  expect(asked()).toBe(false);
  await waitFor(() => expect(asked()).toBe(true));
});

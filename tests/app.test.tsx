import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { languages } from '../src/i18n/languages.ts';
import { missingKeys, renderApp } from './renderApp.tsx';
import i18next from 'i18next';
import { switchLanguage } from '../src/i18n/i18n.ts';
import { NEUTRAL_SITE } from '../src/ui/lib/quickExit.ts';
import { plainText } from '../src/i18n/taggedText.ts';

const option = (hook: string) => document.querySelector<HTMLElement>(`[data-option="${hook}"]`)!;
const answer = (hook: string) => {
  const control = option(hook);
  if (!control) throw new Error(`no control ${hook} on ${document.querySelector('[data-question]')?.getAttribute('data-question')}`);
  fireEvent.click(control);
};
const question = () => document.querySelector('[data-question]')?.getAttribute('data-question');

async function pickMunicipality(text: string, code: string) {
  fireEvent.change(await screen.findByRole('combobox'), { target: { value: text } });
  await waitFor(() => expect(option(`municipality:${code}`)).toBeTruthy());
  answer(`municipality:${code}`);
}

beforeEach(() => {
  missingKeys.length = 0;
});
afterEach(() => {
  cleanup();
  expect(missingKeys.join('\n')).toBe('');
});

// The full path in each language, the Staphorst result of SPEC.md, is walked once, in a real browser
// (tests/browser/fullPath.test.ts); here, what each language must draw without a missing word.
describe.each(languages)('the check in %s', (language) => {
  it('opens the acute screen for danger now, then carries on', async () => {
    await renderApp(language);
    answer('danger:yes');
    expect(document.querySelector('[data-screen="acute"] [data-contact="emergency-112"] a[href="tel:112"]')).toBeTruthy();
    expect(document.querySelector('[data-screen="acute"] [data-contact="veilig-thuis"] a[href="tel:+318002000"]')).toBeTruthy();
    fireEvent.click(document.querySelector('[data-continue]')!);
    expect(question()).toBe('role');
  });

  it('renders the result of every concern, region and role without a missing text', async () => {
    await renderApp(language);
    const paths = [
      ['danger:unsure', 'role:professional', 'age:12-18', 'concern:loverboy', 'suspect:online', 'GM0193'],
      [
        'danger:no',
        'role:self',
        'age:adult',
        'concern:exploitation',
        'exploitation-form:sexual',
        'sexual-when:recent',
        'suspect:employer',
        'GM0034',
      ],
      ['danger:no', 'role:volunteer', 'age:adult', 'concern:unsure', 'suspect:employer', 'GM0344'],
      ['danger:no', 'role:family', 'age:unknown', 'concern:forced-marriage', 'suspect:family', 'unknown'],
      ['danger:no', 'role:neighbour', 'age:adult', 'concern:elder', 'suspect:other', 'GM0344'],
      ['danger:no', 'role:housemate', 'age:0-4', 'concern:neglect', 'suspect:parent', 'GM0180'],
      ['danger:no', 'role:host', 'age:adult', 'concern:care', 'suspect:family', 'unknown'],
    ];
    for (const path of paths) {
      fireEvent.click(document.querySelector('[data-restart]') ?? document.body);
      for (const step of path.slice(0, -1)) answer(step);
      const code = path.at(-1)!;
      if (code === 'unknown') answer('municipality:unknown');
      else
        await pickMunicipality(
          code === 'GM0193' ? 'Zwolle' : code === 'GM0034' ? 'Almere' : code === 'GM0344' ? 'Utrecht' : 'Staphorst',
          code,
        );
      expect(document.querySelector('[data-screen="result"]'), path.join(' ')).toBeTruthy();
    }
    expect(document.querySelector('[data-advice="meldcode"]')).toBeNull(); // the last path is a host's
  }, 30_000);

  it('shows contact cards with and without opening hours, each with the day its facts were checked', async () => {
    await renderApp(language);
    ['danger:no', 'role:self', 'age:12-18', 'concern:sexual', 'sexual-when:earlier', 'suspect:family', 'municipality:unknown'].forEach(
      answer,
    );
    const cards = [...document.querySelectorAll('[data-contact]')].map((e) => e.getAttribute('data-contact'));
    expect(cards).toEqual(['kindertelefoon', 'veilig-thuis', 'csg']);
    const csg = document.querySelector('[data-contact="csg"]')!;
    expect(csg.querySelector('a[href="tel:+318000188"]')).toBeTruthy();
    expect(csg.querySelector('.hours')?.textContent).toBe(i18next.t('ui.hours.always'));
    const kindertelefoon = document.querySelector('[data-contact="kindertelefoon"]')!;
    expect(kindertelefoon.querySelector('a[href="tel:+318000432"]')).toBeTruthy();
    expect(kindertelefoon.querySelector('.hours'), 'no hours: the only sources are old').toBeNull();
    // Never read as always open: it says it is not open at night, and a child can chat where speaking is not safe.
    expect(kindertelefoon.textContent).toContain(plainText(i18next.t('contact.note.not-at-night')));
    expect(kindertelefoon.querySelector('a[data-chat][href="https://www.kindertelefoon.nl"]')).toBeTruthy();
    for (const card of [csg, kindertelefoon]) expect(card.querySelector('.checked')?.textContent).toMatch(/1.*2026/);
  });

  it('gives safe advice: listen to a child, never confront, and nothing a bystander does for someone about themselves', async () => {
    await renderApp(language);
    ['danger:no', 'role:family', 'age:4-12', 'concern:sexual', 'sexual-when:recent', 'suspect:parent', 'municipality:unknown'].forEach(
      answer,
    );
    const shown = () => [...document.querySelectorAll('[data-advice]')].map((e) => e.getAttribute('data-advice'));
    expect(shown()).toEqual(expect.arrayContaining(['do-not-confront', 'listen-to-child', 'write-down']));
    expect(shown()).not.toContain('talk-to-suspect');
    expect(shown()).not.toContain('talk-to-victim');
    // A child the family may be hurting: a relative cannot take that child to the CSG. Veilig Thuis (day and
    // night) leads; the Centrum Seksueel Geweld is right below it, to call now too, within 7 days.
    expect([...document.querySelectorAll('[data-contact]')].slice(0, 2).map((e) => e.getAttribute('data-contact'))).toEqual([
      'veilig-thuis',
      'csg',
    ]);
    expect(document.querySelector('[data-right-below="csg"]')).toBeTruthy();
    expect(shown()).toContain('csg-first-week');
    expect(document.querySelector('[data-advice="csg-first-week"] h3')?.textContent).toBe(
      plainText(i18next.t('advice.csg-first-week.variant.not-first.title')),
    );

    fireEvent.click(document.querySelector('[data-restart]')!);
    ['danger:no', 'role:self', 'age:adult', 'concern:stalking', 'suspect:partner', 'municipality:unknown'].forEach(answer);
    expect(shown()).toEqual(expect.arrayContaining(['not-your-fault', 'self-safe-first', 'write-down']));
    expect(shown()).not.toContain('do-not-confront');
    // The stalking log is a point of write-down.
    expect(document.querySelector('[data-advice="write-down"] li')).toBeTruthy();
  });
});

describe('moving through the check', () => {
  it('goes back one question with Back, keeping the answer', async () => {
    await renderApp('nl');
    answer('danger:no');
    answer('role:neighbour');
    fireEvent.click(screen.getByRole('button', { name: 'Terug' }));
    expect(question()).toBe('role');
    expect(option('role:neighbour').className).toContain('chosen');
  });

  it('asks again what a changed answer rules out, then returns to the result', async () => {
    await renderApp('nl');
    ['danger:no', 'role:neighbour', 'age:4-12', 'concern:neglect', 'suspect:parent'].forEach(answer);
    answer('municipality:unknown');
    fireEvent.click(document.querySelector('[data-change="age"]')!);
    expect(question()).toBe('age');
    answer('age:adult');
    expect(question()).toBe('concern');
    expect(option('concern:neglect')).toBeNull();
    answer('concern:elder');
    expect(document.querySelector('[data-screen="result"]')).toBeTruthy();
    expect(document.querySelector('[data-advice="about-elder"]')).toBeTruthy();
  });

  it('switches language and keeps the answers', async () => {
    await renderApp('nl');
    answer('danger:no');
    answer('role:host');
    await act(async () => fireEvent.click(document.querySelector('[data-lang="en"]')!));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(window.location.pathname).toBe('/en/');
    expect(question()).toBe('age');
    // The progress is heard with the heading; the switch itself is said, since focus stays on its button.
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName('How old is the person? (Question 3 of 6–8)');
    expect(await screen.findByText('The language is now English.', {}, { timeout: 3000 })).toHaveAttribute('role', 'status');
    await act(async () => fireEvent.click(document.querySelector('[data-lang="nl"]')!));
  });

  it('says when no municipality matches, and offers "I don\'t know"', async () => {
    await renderApp('nl');
    ['danger:no', 'role:neighbour', 'age:adult', 'concern:stalking', 'suspect:partner'].forEach(answer);
    const box = await screen.findByRole('combobox');
    box.focus();
    fireEvent.change(box, { target: { value: 'Xyzzy' } });
    expect(await screen.findByText(/Geen gemeente gevonden voor ‘Xyzzy’/, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(option('municipality:unknown')).toBeTruthy();
  });

  it('picks a municipality with the keyboard', async () => {
    await renderApp('nl');
    ['danger:no', 'role:neighbour', 'age:adult', 'concern:stalking', 'suspect:partner'].forEach(answer);
    const box = await screen.findByRole('combobox');
    fireEvent.change(box, { target: { value: 'Sudwest' } });
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toMatch(/GM1900$/);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(document.querySelector('[data-screen="result"]')).toBeTruthy();
    expect(await screen.findByText('Súdwest-Fryslân')).toBeInTheDocument();
  });

  it('copies a short summary with the numbers to call', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderApp('nl');
    ['danger:no', 'role:host', 'age:12-18', 'concern:loverboy', 'suspect:online'].forEach(answer);
    await pickMunicipality('Zwolle', 'GM0193');
    await act(async () => fireEvent.click(document.querySelector('[data-copy-summary]')!));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('Loverboy');
    expect(text).toContain('Zwolle');
    expect(text).toContain('088 - 203 29 00');
    expect(text).toContain('0800-2000');
    expect(screen.getByText(/samenvatting is gekopieerd/)).toBeInTheDocument();
  });

  it('copies the summary in Dutch first, then in Ukrainian, for a Ukrainian user', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderApp('uk');
    ['danger:no', 'role:host', 'age:12-18', 'concern:loverboy', 'suspect:online'].forEach(answer);
    await pickMunicipality('Зволле', 'GM0193');
    // The Dutch words load for the summary; the printout gets its Dutch block when they are there.
    await waitFor(() => expect(document.querySelector('.print-only[lang="nl"]')).toBeTruthy());
    await act(async () => fireEvent.click(document.querySelector('[data-copy-summary]')!));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    const [dutch, ukrainian] = text.split('\n\n');
    expect(dutch.split('\n')[0]).toBe('In het Nederlands:');
    expect(dutch).toContain('Waar ik me zorgen over maak: Loverboy');
    expect(dutch).toContain('Gemeente: Zwolle');
    expect(ukrainian.split('\n')[0]).toBe('Українською:');
    expect(ukrainian).toContain('Що мене непокоїть:');
    expect(document.querySelector('.print-only[lang="nl"]')!.textContent).toContain('Waar ik me zorgen over maak: Loverboy');
    await switchLanguage('nl');
  });
});

describe('what works without the fetched words', () => {
  it('has quick exit as a real link to the neutral site, and the languages as links', async () => {
    await renderApp('nl');
    expect(document.querySelector('a[data-quick-exit]')?.getAttribute('href')).toBe(NEUTRAL_SITE);
    expect([...document.querySelectorAll('a[data-lang]')].map((a) => a.getAttribute('href'))).toEqual(['/nl/', '/uk/', '/en/']);
  });
});

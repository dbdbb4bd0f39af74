// flows:explain tells a page in the words the app shows, in the app's order. Here the app walks the same answers
// in jsdom, screen by screen as a reader taps them, and on every screen (question, acute, result) the words
// explain gives must be found in the screen's visible text, in explain's order; on the acute screen and the
// result also the headings, the cards (data-contact), the advice blocks (data-advice) and the line right below
// the first step (data-right-below), in the same order.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { explainAcute } from '../src/explain/explainAcute.ts';
import { explainContext, type ExplainContext } from '../src/explain/explainContext.ts';
import type { ExplainLine } from '../src/explain/explainLine.ts';
import { explainQuestion } from '../src/explain/explainQuestion.ts';
import { explainResult } from '../src/explain/explainResult.ts';
import { keepValid, questionById } from '../src/engine/rules.ts';
import type { Answers } from '../src/engine/schema.ts';
import { languages, type Language } from '../src/i18n/languages.ts';
import { plainText } from '../src/i18n/taggedText.ts';
import { missingKeys, renderApp } from './renderApp.tsx';

// Sunday night in Amsterdam: the chats are closed, so "closed now, opens tomorrow at 9:00" is among the words.
const NOW = new Date('2026-12-06T22:30:00Z');

const zwolle = { code: 'GM0193', typed: { nl: 'Zwolle', uk: 'Зволле', en: 'zwolle' } };
const staphorst = { code: 'GM0180', typed: { nl: 'Staph', uk: 'Стапхорст', en: 'Staphorst' } };
const paths: { answers: [string, string][]; municipality: typeof zwolle | 'unknown' }[] = [
  // The issue's question: what does a 14-year-old in Zwolle who asks about herself, forced marriage, read first?
  {
    answers: [
      ['danger', 'no'],
      ['role', 'self'],
      ['age', '12-18'],
      ['concern', 'forced-marriage'],
      ['suspect', 'parent'],
    ],
    municipality: zwolle,
  },
  // The acute screen, then 112, the CSG within 7 days with Helpwanted right below it, IJsselland's trafficking desk.
  {
    answers: [
      ['danger', 'yes'],
      ['role', 'neighbour'],
      ['age', '12-18'],
      ['concern', 'exploitation'],
      ['exploitation-form', 'sexual'],
      ['sexual-when', 'recent'],
      ['suspect', 'online'],
    ],
    municipality: zwolle,
  },
  // The meldcode's numbered steps and its link; the municipality's own team.
  {
    answers: [
      ['danger', 'no'],
      ['role', 'professional'],
      ['age', '4-12'],
      ['concern', 'boundary'],
      ['suspect', 'host'],
    ],
    municipality: staphorst,
  },
  // The regional trafficking desk first: its own number is not repeated right below it.
  {
    answers: [
      ['danger', 'no'],
      ['role', 'host'],
      ['age', 'adult'],
      ['concern', 'exploitation'],
      ['exploitation-form', 'labour'],
      ['suspect', 'employer'],
    ],
    municipality: zwolle,
  },
  // 112 in the words for oneself; the police first for stalking from outside the home.
  {
    answers: [
      ['danger', 'unsure'],
      ['role', 'self'],
      ['age', 'adult'],
      ['concern', 'stalking'],
      ['suspect', 'other'],
    ],
    municipality: 'unknown',
  },
];

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** What a sighted reader sees of an element: no words only a screen reader says, nothing only printed. */
function visible(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, .print-only').forEach((hidden) => hidden.remove());
  return squeeze(copy.textContent ?? '');
}

function expectWordsInOrder(lines: ExplainLine[], element: Element, where: string) {
  const text = visible(element);
  let at = 0;
  for (const piece of lines.flatMap((line) => line.words).map((words) => squeeze(plainText(words)))) {
    if (!piece) continue;
    const found = text.indexOf(piece, at);
    expect(found, `${where}: «${piece}» not found after «…${text.slice(Math.max(0, at - 80), at)}»`).toBeGreaterThanOrEqual(0);
    at = found + piece.length;
  }
}

const HOOKS = 'h1, h2, h3, [data-contact], [data-advice], [data-right-below]';
const hookOf = (element: Element) =>
  element.matches('h1, h2, h3')
    ? `${element.tagName.toLowerCase()}: ${visible(element)}`
    : (['contact', 'advice', 'right-below'] as const)
        .filter((hook) => element.hasAttribute(`data-${hook}`))
        .map((hook) => `${hook}:${element.getAttribute(`data-${hook}`)}`)[0];
const renderedOutline = (element: Element) =>
  [...element.querySelectorAll(HOOKS)].filter((e) => !e.closest('.print-only, .visually-hidden')).map(hookOf);
const explainedOutline = (lines: ExplainLine[]) =>
  lines.flatMap((line) => [
    ...(line.hook ? [line.hook] : []),
    ...(line.heading ? [`h${line.heading}: ${squeeze(plainText(line.words.join('')))}`] : []),
  ]);

const onScreen = () => document.querySelector('[data-question]')?.getAttribute('data-question');

async function walk(path: (typeof paths)[number], language: Language, context: ExplainContext) {
  const given: Answers = {};
  const answer = async (question: string, option: string, typed?: string) => {
    expect(onScreen(), `${question} is the screen`).toBe(question);
    const lines = explainQuestion(questionById(context.flow, question)!, keepValid(context.flow, given), context);
    expectWordsInOrder(lines, document.querySelector('[data-question]')!, `question ${question}`);
    if (typed) fireEvent.change(await screen.findByRole('combobox'), { target: { value: typed } });
    // The municipality's option comes once the list is ready, as in app.test.tsx's pickMunicipality.
    const hook = `[data-option="${question}:${option}"]`;
    await waitFor(() => expect(document.querySelector(hook), `${question}:${option} is offered`).not.toBeNull());
    fireEvent.click(document.querySelector(hook)!);
    given[question] = option;
    if (document.querySelector('[data-screen="acute"]')) {
      const acute = document.querySelector('[data-screen="acute"]')!;
      await waitFor(() => expect(acute.querySelector('article[data-contact]')).toBeTruthy());
      expectWordsInOrder(explainAcute(context), acute, 'acute screen');
      expect(renderedOutline(acute)).toEqual(explainedOutline(explainAcute(context)));
      fireEvent.click(document.querySelector('[data-continue]')!);
    }
  };
  for (const [question, option] of path.answers) await answer(question, option);
  const { municipality } = path;
  if (municipality === 'unknown') await answer('municipality', 'unknown');
  else await answer('municipality', municipality.code, municipality.typed[language]);

  const result = document.querySelector('[data-screen="result"]')!;
  expect(result, JSON.stringify(given)).toBeTruthy();
  const lines = explainResult(keepValid(context.flow, given), context);
  expect(renderedOutline(result)).toEqual(explainedOutline(lines));
  expectWordsInOrder(lines, result, `result of ${JSON.stringify(given)}`);
}

beforeAll(() => {
  // Only the clock is fixed (for "open now"), not the timers the screens and the tests wait with.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());
beforeEach(() => {
  missingKeys.length = 0;
});
afterEach(() => {
  cleanup();
  expect(missingKeys.join('\n')).toBe('');
});

describe.each(languages)('flows:explain in %s', (language) => {
  it('gives the words and the order of each screen of five paths, as the app shows them', async () => {
    const context = explainContext(language, NOW);
    await renderApp(language);
    for (const path of paths) {
      fireEvent.click(document.querySelector('[data-restart]') ?? document.body);
      await walk(path, language, context);
    }
  }, 60_000);
});

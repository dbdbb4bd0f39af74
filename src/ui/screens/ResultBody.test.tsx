import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/schema.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { loadResultWords, startI18n } from '../../i18n/i18n.ts';
import { resultPage } from '../../result/resultPage.ts';
import { ResultBody } from './ResultBody.tsx';

// The Staphorst seed's path: a first step with a contact right below it, several advice blocks, more places to turn.
const answers: Answers = {
  danger: 'unsure',
  role: 'host',
  age: 'adult',
  concern: 'boundary',
  suspect: 'other',
  municipality: 'GM0180',
};
const now = new Date('2026-11-25T11:00:00Z');
const hooks = (selector: string, attribute: string) =>
  [...document.querySelectorAll(selector)].map((element) => element.getAttribute(attribute));

beforeAll(async () => {
  await startI18n('nl');
  await loadResultWords('nl');
});
afterEach(cleanup);

describe('the result drawn head first', () => {
  const page = resultPage(flow, answers);

  it('draws the first step, the contact right below it and the first advice block as its head, nothing more', () => {
    render(<ResultBody page={page} answers={answers} now={now} whole={false} />);
    expect(page.act.length).toBeGreaterThan(1);
    expect(page.more.length).toBeGreaterThan(0);
    expect(hooks('[data-advice]', 'data-advice')).toEqual([page.act[0].id]);
    expect(hooks('[data-contact]', 'data-contact')).toEqual([page.first!.id]);
    expect(page.below).toBeDefined();
    expect(document.querySelectorAll('[data-right-below]')).toHaveLength(1);
  });

  it('then the whole page, the head in the same place and order', () => {
    render(<ResultBody page={page} answers={answers} now={now} whole />);
    expect(hooks('[data-advice]', 'data-advice')).toEqual([...page.act, ...page.about].map((advice) => advice.id));
    expect(hooks('[data-contact]', 'data-contact').slice(0, 1)).toEqual([page.first!.id]);
    expect(hooks('[data-contact]', 'data-contact')).toEqual(expect.arrayContaining(page.more.map((contact) => contact.id)));
  });
});

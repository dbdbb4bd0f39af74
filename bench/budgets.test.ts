import { describe, expect, it } from 'vitest';
import { checkBudgets, missedBudgets, type BudgetFigures } from './budgets.ts';

const timing = (firstQuestion: number, result: number, { secondQuestion = firstQuestion + 100, answer = 50, key = 30 } = {}) => ({
  firstQuestion: { median: firstQuestion },
  firstAnswer: { median: secondQuestion },
  result: { median: result },
  answerLatency: { median: { median: answer } },
  keyLatency: { median: { median: key } },
});

/** A person's walk: each tap → next screen, the last the pick → the result's head; key → list. */
const human = (tap: number, key: number, result: number) => ({
  taps: [
    { step: 'tap danger:no → role', median: tap },
    { step: 'tap role:host → age', median: tap },
    { step: 'tap municipality → result', median: result },
  ],
  keyLatency: { median: { median: key } },
  resultHead: { median: result },
});

/** Every budget met: 100 KB in 5 requests, 1.2× and 1.1× the static page, Lighthouse 99 and 100. */
const withinBudget = (): BudgetFigures => ({
  firstLoad: { app: { '/': { gzip: 100_000, requests: 5 }, '/nl/': { gzip: 100_000, requests: 5 } } },
  timings: { app: { '/': timing(1200, 3300), '/nl/': timing(1200, 3300) }, static: timing(1000, 3000) },
  fastTimings: { app: { '/': timing(600, 1250) }, static: timing(500, 1000) },
  lighthouse: { app: { '/': { performance: 99, accessibility: 100 }, '/uk/': { performance: 99, accessibility: 100 } } },
  human: { app: { '/': human(40, 30, 70) }, static: human(20, 15, 40) },
});

describe('budgets', () => {
  it('misses none when every figure is within its budget', () => {
    expect(missedBudgets(checkBudgets(withinBudget()))).toEqual([]);
  });

  it('names a first load over 110 KB gzip, with its address', () => {
    const figures = withinBudget();
    figures.firstLoad.app['/nl/'].gzip = 110_100;
    expect(missedBudgets(checkBudgets(figures))).toEqual(['first load, gzip at /nl/: 110.1 KB, budget ≤ 110.0 KB']);
  });

  it("judges a person's walk at /: the slowest answer, key → list and pick → result's head, each within 2× the static page", () => {
    const figures = withinBudget();
    figures.human.app['/'].taps[1].median = 41;
    figures.human.app['/'].keyLatency.median.median = 31;
    figures.human.app['/'].resultHead.median = 81;
    expect(missedBudgets(checkBudgets(figures))).toEqual([
      'at a person’s pace, every answer ÷ static at /: 2.05×, budget ≤ 2.00×',
      'at a person’s pace, key → list, median ÷ static at /: 2.07×, budget ≤ 2.00×',
      'at a person’s pace, pick → result’s head ÷ static at /: 2.02×, budget ≤ 2.00×',
    ]);
  });

  it('names a first load of more than 6 requests', () => {
    const figures = withinBudget();
    figures.firstLoad.app['/'].requests = 7;
    expect(missedBudgets(checkBudgets(figures))).toEqual(['first load, requests at /: 7, budget ≤ 6']);
  });

  it('computes the time ratios against the static page, at /', () => {
    const figures = withinBudget();
    // 1.6 s is within 1.5× of a 1.2 s static page but not of a 1 s one.
    figures.timings.app['/'] = timing(1600, 3300, { secondQuestion: 1200 });
    expect(missedBudgets(checkBudgets(figures))).toEqual(['time to the first question ÷ static at /: 1.60×, budget ≤ 1.50×']);
    figures.timings.static = timing(1200, 3000);
    expect(missedBudgets(checkBudgets(figures))).toEqual([]);
  });

  it('names a second question, an answer or a key slower than the static page allows', () => {
    const figures = withinBudget();
    figures.timings.app['/'] = timing(1200, 3300, { secondQuestion: 1500, answer: 70, key: 50 });
    expect(missedBudgets(checkBudgets(figures))).toEqual([
      'time to the second question ÷ static at /: 1.36×, budget ≤ 1.30×',
      'answer latency, median ÷ static at /: 1.40×, budget ≤ 1.30×',
      'municipality search per key, median ÷ static at /: 1.67×, budget ≤ 1.50×',
    ]);
  });

  it('holds the time budgets at / only', () => {
    const figures = withinBudget();
    figures.timings.app['/nl/'] = timing(5000, 9000);
    expect(missedBudgets(checkBudgets(figures))).toEqual([]);
    figures.timings.app['/'] = timing(1000, 4000);
    expect(missedBudgets(checkBudgets(figures))).toEqual([]);
  });

  it('judges load → result on the fast network, at /', () => {
    const figures = withinBudget();
    figures.fastTimings.app['/'] = timing(600, 1400);
    expect(missedBudgets(checkBudgets(figures))).toEqual([]);
    figures.fastTimings.app['/'] = timing(600, 1600);
    expect(missedBudgets(checkBudgets(figures))).toEqual(['load → result ÷ static, fast network at /: 1.60×, budget ≤ 1.50×']);
  });

  it('names a Lighthouse score below budget at each address', () => {
    const figures = withinBudget();
    figures.lighthouse = { app: { '/': { performance: 97, accessibility: 100 }, '/uk/': { performance: 98, accessibility: 96 } } };
    expect(missedBudgets(checkBudgets(figures))).toEqual([
      'Lighthouse mobile performance at /: 97, budget ≥ 98',
      'Lighthouse accessibility at /uk/: 96, budget ≥ 100',
    ]);
  });

  it('judges no Lighthouse budget when Lighthouse was skipped', () => {
    const figures = withinBudget();
    figures.lighthouse = { skipped: 'BENCH_LIGHTHOUSE_RUNS=0' };
    const checks = checkBudgets(figures);
    expect(checks.some((check) => check.budget === 'performance')).toBe(false);
    expect(missedBudgets(checks)).toEqual([]);
  });
});

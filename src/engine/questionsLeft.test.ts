import { describe, expect, it } from 'vitest';
import { contentFlow as flow } from '../content/contentFlow.ts';
import { questionsLeft } from './questionsLeft.ts';
import { askedQuestions, nextStep, offeredOptions, questionById, RESULT } from './rules.ts';
import type { Answers } from './schema.ts';

describe('questions left', () => {
  it('at the start: 5 to 7 more (the form of exploitation and when sexual violence last happened only after those concerns)', () => {
    expect(questionsLeft(flow, {}, 'danger')).toEqual({ min: 5, max: 7 });
  });

  it('narrows as the concern and its form are known', () => {
    const before = { danger: 'no', role: 'neighbour', age: 'adult' };
    expect(questionsLeft(flow, before, 'concern')).toEqual({ min: 2, max: 4 });
    expect(questionsLeft(flow, { ...before, concern: 'stalking' }, 'suspect')).toEqual({ min: 1, max: 1 });
    expect(questionsLeft(flow, { ...before, concern: 'exploitation' }, 'exploitation-form')).toEqual({ min: 2, max: 3 });
    expect(questionsLeft(flow, { ...before, concern: 'sexual' }, 'sexual-when')).toEqual({ min: 2, max: 2 });
  });

  it('ignores answers given to the current and later questions (after Back they may change)', () => {
    const answers = { danger: 'no', role: 'neighbour', age: 'adult', concern: 'stalking', suspect: 'other' };
    expect(questionsLeft(flow, answers, 'concern')).toEqual(
      questionsLeft(flow, { danger: 'no', role: 'neighbour', age: 'adult' }, 'concern'),
    );
  });

  // Every path: the shown range "question n of min to max" only narrows, so the total never jumps.
  it('on every path the total only narrows, and ends on the real count', () => {
    const paths: Answers[] = [];
    const walk = (answers: Answers) => {
      const step = nextStep(flow, answers);
      if (step === RESULT) return void paths.push(answers);
      const question = questionById(flow, step)!;
      const options = offeredOptions(flow, question, answers).map((o) => o.id);
      // Who is suspected changes no question that follows: one answer stands for all (the walk stays short).
      const tried = question.input === 'municipality' || step === 'suspect' ? options.slice(0, 1) : options;
      for (const option of tried) walk({ ...answers, [step]: option });
    };
    walk({});
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const asked = askedQuestions(flow, path);
      let previous = { min: 0, max: Infinity };
      asked.forEach((question, index) => {
        const left = questionsLeft(flow, path, question.id);
        const total = { min: index + 1 + left.min, max: index + 1 + left.max };
        expect(total.min, JSON.stringify(path)).toBeGreaterThanOrEqual(previous.min);
        expect(total.max, JSON.stringify(path)).toBeLessThanOrEqual(previous.max);
        previous = total;
      });
      expect(previous).toEqual({ min: asked.length, max: asked.length });
    }
  }, 30_000);
});

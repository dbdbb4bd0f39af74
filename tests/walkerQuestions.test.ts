// What the early walker gets of the questions (scripts/walkerQuestions.ts): the app's questions, with what
// routing reads of them, and never a condition on the region, which the walker cannot know.
import { describe, expect, it } from 'vitest';
import { walkerQuestions } from '../scripts/walkerQuestions.ts';
import { contentFlow as flow } from '../src/content/contentFlow.ts';
import { offeredOptions } from '../src/engine/rules.ts';

describe('the questions the early walker gets', () => {
  it('are the questions the app has, with what routing reads of them', () => {
    const shipped = walkerQuestions();
    expect(shipped.map((q) => q.id)).toEqual(flow.questions.map((q) => q.id));
    for (const [i, question] of shipped.entries()) {
      expect(offeredOptions({ questions: shipped, regions: [] }, question, {}).map((o) => o.id)).toEqual(
        offeredOptions(flow, flow.questions[i], {}).map((o) => o.id),
      );
    }
  });

  it('fail the build, naming the question, when a question depends on the region it cannot know', () => {
    const withRegion = [{ ...flow.questions[1], when: { region: ['ijsselland'] } }];
    expect(() => walkerQuestions(withRegion)).toThrow(/flows\/questions\.ts › role: a condition reads the region/);
  });
});

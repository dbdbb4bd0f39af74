import { contentFlow } from '../src/content/contentFlow.ts';
import { leaves } from '../src/engine/conditions.ts';
import type { Question } from '../src/engine/schema.ts';

/**
 * What the early walker needs of the questions: ids, inputs, conditions, options and wording variants, from
 * the same checked flow as the app's (no sources, no summaries). Fails, naming the question, when one of its
 * conditions reads the region: the walker cannot know it (the municipality is answered in the app).
 */
export function walkerQuestions(questions: readonly Question[] = contentFlow.questions) {
  return questions.map((question) => {
    const conditions = [question.when, ...question.options.map((o) => o.when), ...(question.variants ?? []).map((v) => v.when)];
    if (conditions.some((when) => leaves(when).some(([id]) => id === 'region')))
      throw new Error(
        `flows/questions.ts › ${question.id}: a condition reads the region, which the early walker (src/early/walker.ts) cannot know`,
      );
    return {
      id: question.id,
      ...(question.input && { input: question.input }),
      ...(question.when && { when: question.when }),
      options: question.options.map((o) => ({ id: o.id, ...(o.when && { when: o.when }), ...(o.acute ? { acute: true as const } : {}) })),
      ...(question.variants && { variants: question.variants.map((v) => ({ id: v.id, when: v.when })) }),
    };
  });
}

import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, waitFor } from 'xstate';
import { contentFlow as flow } from '../content/contentFlow.ts';
import { buildMachine, type WordsRequest } from './buildMachine.ts';

const start = () => createActor(buildMachine(flow), { input: { language: 'nl' } }).start();
const answer = (actor: ReturnType<typeof start>, question: string, option: string) => actor.send({ type: 'ANSWER', question, option });
const toResult = () => {
  const actor = start();
  for (const [question, option] of [
    ['danger', 'no'],
    ['role', 'neighbour'],
    ['age', 'adult'],
    ['concern', 'stalking'],
    ['suspect', 'other'],
    ['municipality', 'GM0180'],
  ])
    answer(actor, question, option);
  return actor;
};

describe('the statechart of the check', () => {
  it('starts on the first question and reaches the result', () => {
    expect(start().getSnapshot().value).toBe('danger');
    expect(toResult().getSnapshot().value).toBe('result');
  });

  it('goes back from the result to the last question, keeping every answer', () => {
    const actor = toResult();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('municipality');
    expect(actor.getSnapshot().context.answers.municipality).toBe('GM0180');
  });

  it('refuses a change to a question these answers do not ask', () => {
    const actor = toResult();
    actor.send({ type: 'CHANGE', step: 'exploitation-form' });
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'CHANGE', step: 'acute' });
    expect(actor.getSnapshot().value).toBe('result');
  });

  it('ignores an option that is not on offer, and an answer to another question', () => {
    const actor = start();
    answer(actor, 'danger', 'maybe');
    expect(actor.getSnapshot().value).toBe('danger');
    answer(actor, 'danger', 'no');
    answer(actor, 'role', 'self');
    answer(actor, 'age', '0-4'); // not offered to someone about themselves
    expect(actor.getSnapshot().value).toBe('age');
    answer(actor, 'danger', 'yes'); // a late tap for an earlier question
    expect(actor.getSnapshot().value).toBe('age');
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no', role: 'self' });
  });

  it('starts again with no answers', () => {
    const actor = toResult();
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('danger');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('opens the acute screen for danger now, goes on from it and back from it', () => {
    const actor = start();
    answer(actor, 'danger', 'yes');
    expect(actor.getSnapshot().value).toBe('acute');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('role');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('danger');
  });

  it('opens the safety page from any screen of the check and goes back to that screen with the answers', () => {
    const actor = toResult();
    actor.send({ type: 'SAFETY' });
    expect(actor.getSnapshot().value).toBe('safety');
    expect(actor.getSnapshot().can({ type: 'SAFETY' })).toBe(false);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('result');
    expect(actor.getSnapshot().context.answers.municipality).toBe('GM0180');
    const first = start();
    first.send({ type: 'SAFETY' });
    first.send({ type: 'BACK' });
    expect(first.getSnapshot().value).toBe('danger');
  });

  it('shows the error screen from anywhere, and leaves it only by starting again', () => {
    const actor = toResult();
    actor.send({ type: 'FAIL' });
    expect(actor.getSnapshot().value).toBe('error');
    for (const event of [{ type: 'BACK' }, { type: 'CHANGE', step: 'age' }, { type: 'SAFETY' }] as const) {
      actor.send(event);
      expect(actor.getSnapshot().value, event.type).toBe('error');
    }
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('danger');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});

describe('the language and the municipality box, in the statechart', () => {
  it('shows another language once its words are there, keeping the answers and the screen', async () => {
    const actor = start();
    answer(actor, 'danger', 'no');
    actor.send({ type: 'LANGUAGE', language: 'uk' });
    await waitFor(actor, (s) => s.context.language === 'uk');
    expect(actor.getSnapshot().context).toMatchObject({ switching: undefined, answers: { danger: 'no' } });
    expect(actor.getSnapshot().value).toBe('role');
  });

  it('gives up a language on its way when the one shown is asked for again', async () => {
    // Words that take a moment to load, as in the app.
    const slow = buildMachine(flow).provide({
      actors: {
        loadWords: fromCallback<WordsRequest>(({ sendBack, receive }) =>
          receive(({ language }) => void setTimeout(() => sendBack({ type: 'WORDS_LOADED', language }))),
        ),
      },
    });
    const actor = createActor(slow, { input: { language: 'nl' } }).start();
    actor.send({ type: 'LANGUAGE', language: 'en' });
    expect(actor.getSnapshot().context.switching).toBe('en');
    actor.send({ type: 'LANGUAGE', language: 'nl' });
    expect(actor.getSnapshot().context.switching).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(actor.getSnapshot().context.language).toBe('nl');
  });

  it('keeps what is typed on the municipality question only while it is on show', () => {
    const actor = toResult();
    actor.send({ type: 'TYPE', query: 'Zwolle' });
    expect(actor.getSnapshot().context.query, 'not on the result').toBe('');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'TYPE', query: 'Staph' });
    expect(actor.getSnapshot().context.query).toBe('Staph');
    actor.send({ type: 'ANSWER', question: 'municipality', option: 'unknown' });
    expect(actor.getSnapshot().context.query).toBe('');
  });
});

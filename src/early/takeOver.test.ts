import { describe, expect, it } from 'vitest';
import { contentFlow as flow } from '../content/contentFlow.ts';
import { buildMachine } from '../engine/buildMachine.ts';
import { checkFromEarlyWalk } from './takeOver.ts';

const machine = buildMachine(flow);

describe('the check started from the early walk', () => {
  it('is on the question the walker shows, with its answers, Back and what was typed', () => {
    const { snapshot, waiting } = checkFromEarlyWalk(machine, flow, 'uk', [
      { type: 'ANSWER', question: 'danger', option: 'no' },
      { type: 'ANSWER', question: 'role', option: 'host' },
      { type: 'BACK' },
      { type: 'ANSWER', question: 'role', option: 'neighbour' },
    ]);
    expect(snapshot?.value).toBe('age');
    expect(snapshot?.context).toMatchObject({ answers: { danger: 'no', role: 'neighbour' }, language: 'uk' });
    expect(waiting).toEqual([]);
  });

  it('starts afresh when nothing was done before the app arrived', () => {
    expect(checkFromEarlyWalk(machine, flow, 'en', [])).toEqual({ snapshot: undefined, waiting: [] });
  });

  it('keeps what was typed in the municipality box', () => {
    const answers = [
      ['danger', 'no'],
      ['role', 'neighbour'],
      ['age', 'adult'],
      ['concern', 'stalking'],
      ['suspect', 'other'],
    ].map(([question, option]) => ({ type: 'ANSWER', question, option }) as const);
    const { snapshot } = checkFromEarlyWalk(machine, flow, 'nl', [...answers, { type: 'TYPE', query: 'Staph' }]);
    expect(snapshot?.value).toBe('municipality');
    expect(snapshot?.context.query).toBe('Staph');
  });

  it('leaves for the app, in order, what its screens show: the acute screen, the safety page, another language', () => {
    const yes = { type: 'ANSWER', question: 'danger', option: 'yes' } as const;
    const { snapshot, waiting } = checkFromEarlyWalk(machine, flow, 'nl', [yes, { type: 'SAFETY' }, { type: 'LANGUAGE', language: 'en' }]);
    expect(snapshot?.value).toBe('danger');
    expect(waiting).toEqual([yes, { type: 'SAFETY' }, { type: 'LANGUAGE', language: 'en' }]);
  });

  it('goes on from the question the walker stayed on when a waiting tap was followed by another answer', () => {
    const yes = { type: 'ANSWER', question: 'danger', option: 'yes' } as const;
    const { snapshot, waiting } = checkFromEarlyWalk(machine, flow, 'nl', [yes, { type: 'ANSWER', question: 'danger', option: 'no' }]);
    expect(snapshot?.value).toBe('role');
    expect(waiting).toEqual([yes]);
  });
});

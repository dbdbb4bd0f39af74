import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { questionById } from '../../engine/rules.ts';
import { startI18n, switchLanguage } from '../../i18n/i18n.ts';
import { FlowActor } from '../hooks/flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { QuestionScreen } from './QuestionScreen.tsx';

beforeAll(() => startI18n('en'));
afterEach(cleanup);

const show = (id: string) =>
  render(
    <FlowActor.Provider options={{ input: { language: 'en' } }}>
      <QuestionScreen question={questionById(flow, id)!} />
    </FlowActor.Provider>,
  );

describe('a question screen', () => {
  it('names its heading with the progress, so that both are heard when focus lands there', async () => {
    await switchLanguage('en');
    show('danger');
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName(
      `${i18next.t('question.danger.title')} (${i18next.t('ui.progressRange', { current: 1, min: 6, max: 8 })})`,
    );
    // Heard once: no region named after the heading around it.
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('gives each option its label as name and its hint as description', async () => {
    await switchLanguage('en');
    show('role');
    const host = screen.getByRole('button', { name: i18next.t('question.role.option.host') });
    expect(host).toHaveAccessibleDescription(i18next.t('question.role.hint.host'));
    const neighbour = screen.getByRole('button', { name: i18next.t('question.role.option.neighbour') });
    expect(neighbour).not.toHaveAttribute('aria-describedby');
  });
});

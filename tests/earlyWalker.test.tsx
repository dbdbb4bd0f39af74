// The early walker (src/early/walker.ts) draws the questions before the app has arrived, and the app then
// hydrates what it drew: the walker's markup must be React's, character for character, or the app would
// redraw the screen and drop the user's focus. Here every question screen the walker can show (every
// reachable set of options, in every wording and progress, with and without a chosen answer from going
// back, in every language) is drawn both ways and compared. Both draw a screen from the same few things
// the engine says of the answers (below, `seen`), so screens alike in all of them are drawn once.
import { readFileSync } from 'node:fs';
import i18next, { type i18n as I18n } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { questionMarkup } from '../src/early/questionMarkup.ts';
import type { Words } from '../src/early/words.ts';
import { askedQuestions, isAsked, offeredOptions, variantOf } from '../src/engine/rules.ts';
import { questionsLeft } from '../src/engine/questionsLeft.ts';
import type { Answers, Question } from '../src/engine/schema.ts';
import { languages, type Language } from '../src/i18n/languages.ts';
import { walkerQuestions } from '../scripts/walkerQuestions.ts';
import { FlowActor } from '../src/ui/hooks/flowActor.ts';
import { flow } from '../src/engine/shippedFlow.ts';
import { replayed } from '../src/ui/replay.ts';
import { QuestionScreen } from '../src/ui/screens/QuestionScreen.tsx';

const wordsOf = (language: Language): Words => JSON.parse(readFileSync(`${process.cwd()}/locales/${language}/translation.json`, 'utf8'));

async function i18nFor(language: Language, words: Words) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: words } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return i18n;
}

const react = (i18n: I18n, question: Question, answers: Answers) =>
  renderToString(
    <I18nextProvider i18n={i18n}>
      <FlowActor.Provider options={{ snapshot: replayed(answers, question.id) }}>
        <QuestionScreen question={question} />
      </FlowActor.Provider>
    </I18nextProvider>,
  );

// The municipality box is the app's own (the walker's only waits for it, scripts/walker.ts): left out on both sides.
const withoutBox = (html: string) => html.replace(/<div class="combobox">[\s\S]*?<\/div>/, '');

/** Every screen the walker can show: the question and the answers, the question's own answer when gone back to. */
function walkerScreens(): [Question, Answers][] {
  const screens: [Question, Answers][] = [];
  const seen = new Set<string>();
  const add = (question: Question, answers: Answers) => {
    const { min, max } = questionsLeft(flow, answers, question.id);
    const offered = offeredOptions(flow, question, answers).map((o) => o.id);
    const at = askedQuestions(flow, answers).findIndex((q) => q.id === question.id);
    const drawnFrom = JSON.stringify([question.id, variantOf(flow, question, answers), offered, answers[question.id], at, min, max]);
    if (!seen.has(drawnFrom)) screens.push([question, answers]);
    seen.add(drawnFrom);
  };
  const visit = (index: number, answers: Answers) => {
    const question = flow.questions[index];
    if (!question) return;
    if (!isAsked(flow, question, answers)) return visit(index + 1, answers);
    const offered = offeredOptions(flow, question, answers);
    add(question, answers);
    // The walker never answers the municipality (the app does), nor an option that leads to the acute screen.
    if (question.input === 'municipality') return;
    for (const option of offered) if (!option.acute) add(question, { ...answers, [question.id]: option.id });
    for (const option of offered) if (!option.acute) visit(index + 1, { ...answers, [question.id]: option.id });
  };
  visit(0, {});
  return screens;
}

describe('the early walker draws each question as React does', () => {
  const screens = walkerScreens();

  it('covers every question of the flow', () => {
    expect(new Set(screens.map(([question]) => question.id))).toEqual(new Set(flow.questions.map((q) => q.id)));
    expect(screens.length).toBeGreaterThan(50);
  });

  it.each(languages)(
    'in %s, on every screen it can show',
    async (language) => {
      const words = wordsOf(language);
      const i18n = await i18nFor(language, words);
      const differ: string[] = [];
      for (const [question, answers] of screens) {
        const walker = withoutBox(questionMarkup(flow, question, answers, words));
        const app = withoutBox(react(i18n, question, answers));
        if (walker !== app && differ.push(`${question.id} ${JSON.stringify(answers)}\n  walker: ${walker}\n  app:    ${app}`) >= 3) break;
      }
      expect(differ.join('\n')).toBe('');
    },
    120_000,
  );

  it('gets the questions the app has, with what routing reads of them', () => {
    const shipped = walkerQuestions();
    expect(shipped.map((q) => q.id)).toEqual(flow.questions.map((q) => q.id));
    for (const [i, question] of shipped.entries()) {
      expect(offeredOptions({ questions: shipped, regions: [] }, question, {}).map((o) => o.id)).toEqual(
        offeredOptions(flow, flow.questions[i], {}).map((o) => o.id),
      );
    }
  });

  it('fails the build, naming the question, when a question depends on the region it cannot know', () => {
    const withRegion = [{ ...flow.questions[1], when: { region: ['ijsselland'] } }];
    expect(() => walkerQuestions(withRegion)).toThrow(/flows\/questions\.ts › role: a condition reads the region/);
  });
});

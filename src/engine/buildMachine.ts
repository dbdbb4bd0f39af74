import { assign, fromCallback, sendTo, setup } from 'xstate';
import type { Language } from '../i18n/languages.ts';
import { ACUTE, RESULT, canGoTo, keepValid, nextStep, previousStep, stepAfterAnswer, type Step } from './rules.ts';
import type { Answers, Flow } from './schema.ts';

/** The two screens beside the check itself: "using this site safely", and the one shown when a screen broke. */
export const SAFETY = 'safety';
export const ERROR = 'error';

/**
 * `returnTo`: the step the safety page goes back to. `language`: the language shown; `switching`: one asked
 * for, whose words are on their way. `query`: what is typed in the municipality box.
 */
export type FlowContext = { answers: Answers; returnTo?: Step; language: Language; switching?: Language; query: string };
export type FlowEvent =
  | { type: 'ANSWER'; question: string; option: string }
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'CHANGE'; step: Step }
  | { type: 'RESTART' }
  | { type: 'SAFETY' }
  | { type: 'FAIL' }
  | { type: 'LANGUAGE'; language: Language }
  | { type: 'TYPE'; query: string }
  // From the words' loader (below), not from the screens.
  | { type: 'WORDS_LOADED'; language: Language }
  | { type: 'WORDS_FAILED'; language: Language };

const WORDS = 'words';

/** The check starts in the language of the page. */
export type FlowInput = { language: Language };

/** What the words' loader is asked to do. */
export type WordsRequest = { type: 'LOAD'; language: Language };

/**
 * Loads the words of a language the machine asks for, and says so: the app provides the real one
 * (src/ui/hooks/flowActor.ts); this one, for the model tests, has nothing to load.
 */
export const loadWords = fromCallback<WordsRequest>(({ sendBack, receive }) =>
  receive(({ language }) => sendBack({ type: 'WORDS_LOADED', language })),
);

/**
 * The statechart of the check, generated from the flow: one state per question, plus the acute screen
 * and the result. Routing lives in rules.ts; each guard asks it where an event leads. It owns every
 * screen the app shows, also the safety page (SAFETY, left with BACK) and the error screen (FAIL, left
 * with RESTART), so that the browser's history follows one owner (src/ui/useOneHistory.ts).
 */
export function buildMachine(flow: Flow) {
  const questionIds = flow.questions.map((q) => q.id);
  const steps: Step[] = [ACUTE, ...questionIds, RESULT];
  const anyStep = (step: Step) => ({ guard: { type: 'canGoTo' as const, params: { step } }, target: `#flow.${step}` });
  // From any screen of the check (not from the safety page itself, nor from the error screen).
  const toSafety = (from: Step) => ({
    SAFETY: { target: `#flow.${SAFETY}`, actions: { type: 'rememberStep' as const, params: { step: from } } },
  });

  const questionStates = Object.fromEntries(
    flow.questions.map((question, index) => {
      const reachable = [...(question.options.some((o) => o.acute) ? [ACUTE] : []), ...questionIds.slice(index + 1), RESULT];
      const box = question.input === 'municipality';
      return [
        question.id,
        {
          // What is typed belongs to this visit of the question: gone once it is left.
          ...(box && { exit: 'forgetQuery' as const }),
          on: {
            ...(box && { TYPE: { actions: 'rememberQuery' as const } }),
            ANSWER: reachable.map((step) => ({
              guard: { type: 'answerLeadsTo' as const, params: { question: question.id, step } },
              target: `#flow.${step}`,
              actions: 'recordAnswer' as const,
            })),
            BACK: questionIds.slice(0, index).map((step) => ({
              guard: { type: 'backLeadsTo' as const, params: { from: question.id, step } },
              target: `#flow.${step}`,
            })),
            ...toSafety(question.id),
          },
        },
      ];
    }),
  );

  return setup({
    types: { context: {} as FlowContext, events: {} as FlowEvent, input: {} as FlowInput },
    actors: { loadWords },
    guards: {
      answerLeadsTo: ({ context, event }, params: { question: string; step: Step }) =>
        event.type === 'ANSWER' &&
        event.question === params.question &&
        stepAfterAnswer(flow, context.answers, event.question, event.option) === params.step,
      backLeadsTo: ({ context }, params: { from: Step; step: Step }) => previousStep(flow, context.answers, params.from) === params.step,
      continuesTo: ({ context }, params: { step: Step }) => nextStep(flow, context.answers) === params.step,
      canGoTo: ({ context, event }, params: { step: Step }) =>
        event.type === 'CHANGE' && event.step === params.step && canGoTo(flow, context.answers, params.step),
      returnsTo: ({ context }, params: { step: Step }) => context.returnTo === params.step,
      isShown: ({ context, event }) => event.type === 'LANGUAGE' && event.language === context.language,
      // Only the last language asked for is shown: the words of one asked before it come too late.
      isAsked: ({ context, event }) => 'language' in event && event.language === context.switching,
    },
    actions: {
      recordAnswer: assign(({ context, event }) =>
        event.type === 'ANSWER' ? { answers: keepValid(flow, { ...context.answers, [event.question]: event.option }) } : {},
      ),
      forgetAnswers: assign({ answers: () => ({}), returnTo: () => undefined }),
      rememberStep: assign((_, params: { step: Step }) => ({ returnTo: params.step })),
      rememberQuery: assign(({ event }) => (event.type === 'TYPE' ? { query: event.query } : {})),
      forgetQuery: assign({ query: '' }),
      // What the app does when a language's words could not be loaded (it opens that language's own page).
      languageFailed: (_, _params: { language: Language }) => undefined,
    },
  }).createMachine({
    id: 'flow',
    context: ({ input }) => ({ answers: {}, language: input.language, query: '' }),
    initial: questionIds[0],
    on: {
      CHANGE: steps.map(anyStep),
      RESTART: { target: `#flow.${questionIds[0]}`, actions: 'forgetAnswers' },
      FAIL: { target: `#flow.${ERROR}` },
      // The language is the machine's too: asked for, its words load, and only then is it shown. The page's
      // own language, asked for again, gives up one on its way.
      LANGUAGE: [
        { guard: 'isShown', actions: assign({ switching: undefined }) },
        {
          actions: [
            assign({ switching: ({ event }) => (event.type === 'LANGUAGE' ? event.language : undefined) }),
            sendTo(WORDS, ({ event }) => ({ type: 'LOAD', language: (event as { language: Language }).language })),
          ],
        },
      ],
      WORDS_LOADED: { guard: 'isAsked', actions: assign(({ event }) => ({ language: event.language, switching: undefined })) },
      WORDS_FAILED: {
        guard: 'isAsked',
        actions: [{ type: 'languageFailed', params: ({ event }) => ({ language: event.language }) }, assign({ switching: undefined })],
      },
    },
    // The words' loader runs as long as the check does.
    invoke: { id: WORDS, src: 'loadWords' },
    states: {
      ...questionStates,
      [ACUTE]: {
        on: {
          CONTINUE: questionIds
            .slice(1)
            .concat(RESULT)
            .map((step) => ({
              guard: { type: 'continuesTo' as const, params: { step } },
              target: `#flow.${step}`,
            })),
          BACK: { target: `#flow.${questionIds[0]}` },
          ...toSafety(ACUTE),
        },
      },
      [RESULT]: {
        on: {
          BACK: questionIds.map((step) => ({
            guard: { type: 'backLeadsTo' as const, params: { from: RESULT, step } },
            target: `#flow.${step}`,
          })),
          ...toSafety(RESULT),
        },
      },
      [SAFETY]: {
        on: {
          BACK: steps.map((step) => ({ guard: { type: 'returnsTo' as const, params: { step } }, target: `#flow.${step}` })),
        },
      },
      // Only "start again" (RESTART) leaves it: whatever broke may break again on the screen it came from.
      [ERROR]: { on: { CHANGE: { actions: [] } } },
    },
  });
}

export type FlowMachine = ReturnType<typeof buildMachine>;

import { createActorContext } from '@xstate/react';
import { fromCallback } from 'xstate';
import { buildMachine, type WordsRequest } from '../../engine/buildMachine.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { loadLanguage } from '../../i18n/i18n.ts';
import { addressOf } from '../../i18n/language.ts';

/**
 * The check as the app runs it: the statechart of the flow, with the words' loader of the app (a language
 * is shown once its words are there) and, when they cannot be loaded, that language's own page, which says
 * so in its own words.
 */
export const flowMachine = buildMachine(flow).provide({
  actors: {
    loadWords: fromCallback<WordsRequest>(({ sendBack, receive }) =>
      receive(({ language }) =>
        loadLanguage(language).then(
          () => sendBack({ type: 'WORDS_LOADED', language }),
          () => sendBack({ type: 'WORDS_FAILED', language }),
        ),
      ),
    ),
  },
  actions: { languageFailed: (_, { language }) => window.location.replace(addressOf(language)) },
});

/** The running check: screens read answers, the step and the language from it, and send it events. */
export const FlowActor = createActorContext(flowMachine);

import { useTranslation } from 'react-i18next';
import { composeResult } from '../../engine/rules.ts';
import { contactInTextKey } from '../../i18n/keys.ts';
import { AdviceBlock } from '../components/AdviceBlock.tsx';
import { AnswersList } from '../components/AnswersList.tsx';
import { BackButton } from '../components/BackButton.tsx';
import { ContactCard } from '../components/ContactCard.tsx';
import { DutchSummary } from '../components/DutchSummary.tsx';
import { ResultActions } from '../components/ResultActions.tsx';
import { RightBelow } from '../components/RightBelow.tsx';
import { TaggedText } from '../components/TaggedText.tsx';
import { UrgentCall } from '../components/UrgentCall.tsx';
import { WordsPending } from '../components/WordsPending.tsx';
import { FlowActor } from '../hooks/flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { useResultWords } from '../hooks/useResultWords.ts';
import { useScreen } from '../hooks/useScreen.ts';

const byId = <T extends { id: string }>(items: T[], ids: string[]) => ids.map((id) => items.find((item) => item.id === id)!);

/** Whether the answers say the check is about the person themself (an option marked `aboutOneself`). */
const aboutOneself = (answers: Record<string, string | undefined>) =>
  flow.questions.some((q) => q.options.some((o) => o.aboutOneself && answers[q.id] === o.id));

/**
 * The result, in SPEC's order: 112 where it applies; your first step (one full card) and the one contact right
 * below it; what you can do now; more places to turn (compact cards: the same facts, also in print); about
 * this concern; your answers.
 */
export function ResultScreen({ now }: { now: Date }) {
  const { t } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const heading = useScreen(t('ui.result.title'));
  const result = composeResult(flow, answers);
  const words = useResultWords();
  const self = aboutOneself(answers);
  const contacts = byId(flow.contacts, result.contacts);
  const [first, ...more] = contacts;
  const below = result.below && more[0];
  // The advice names the first step through {{firstStep}}, as a sentence names it.
  const firstStep = result.firstStep ? t(contactInTextKey(result.firstStep)) : '';

  return (
    <section data-screen="result" className="result">
      <DutchSummary result={result} />
      <BackButton />
      <h1 id="result-heading" ref={heading} tabIndex={-1}>
        {t('ui.result.title')}
      </h1>

      {byId(flow.contacts, result.urgent).map((contact) => (
        <section key={contact.id} className="urgent">
          {/* Heard as the section's heading; on screen the line and the red button say it, so the first step comes sooner. */}
          <h2 id="urgent-heading" className="visually-hidden">
            {t(self ? 'ui.result.urgentTitleSelf' : 'ui.result.urgentTitle')}
          </h2>
          <p>
            <TaggedText text={t(self ? 'ui.result.urgentLineSelf' : 'ui.result.urgentLine')} />
          </p>
          <UrgentCall contact={contact} />
        </section>
      ))}

      {words.state === 'ready' ? (
        <>
          {first && (
            <section>
              <h2 id="first-step-heading">{t('ui.result.firstStepTitle')}</h2>
              <ContactCard contact={first} now={now} answers={answers} />
              {/* A call stays in the phone's call list: said where the person it happens to is about to call. */}
              {self && (
                <p className="note call-list">
                  <TaggedText text={t('ui.result.callList')} />
                </p>
              )}
              {result.below && below && <RightBelow below={result.below} contact={below} first={first} now={now} />}
            </section>
          )}

          <section>
            <h2 id="act-heading">{t('ui.result.actTitle')}</h2>
            {byId(flow.advice, result.act).map((advice) => (
              <AdviceBlock
                key={advice.id}
                advice={advice}
                points={result.points[advice.id]}
                variant={result.variants[advice.id]}
                firstStep={firstStep}
              />
            ))}
          </section>

          {more.length > 0 && (
            <section>
              <h2 id="contacts-heading">{t('ui.result.contactsTitle')}</h2>
              {more.map((contact) => (
                <ContactCard key={contact.id} contact={contact} now={now} answers={answers} compact />
              ))}
            </section>
          )}

          <section>
            <h2 id="about-heading">{t('ui.result.aboutTitle')}</h2>
            {byId(flow.advice, result.about).map((advice) => (
              <AdviceBlock
                key={advice.id}
                advice={advice}
                points={result.points[advice.id]}
                variant={result.variants[advice.id]}
                firstStep={firstStep}
              />
            ))}
          </section>
        </>
      ) : (
        <WordsPending state={words.state} retry={words.retry} />
      )}

      <AnswersList />
      <ResultActions result={result} />
    </section>
  );
}

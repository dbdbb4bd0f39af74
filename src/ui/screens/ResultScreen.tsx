import { useTranslation } from 'react-i18next';
import { composeResult } from '../../engine/rules.ts';
import { AdviceBlock } from '../components/AdviceBlock.tsx';
import { AnswersList } from '../components/AnswersList.tsx';
import { BackButton } from '../components/BackButton.tsx';
import { ContactCard } from '../components/ContactCard.tsx';
import { DutchSummary } from '../components/DutchSummary.tsx';
import { ResultActions } from '../components/ResultActions.tsx';
import { ThenCall } from '../components/ThenCall.tsx';
import { UrgentCall } from '../components/UrgentCall.tsx';
import { WordsPending } from '../components/WordsPending.tsx';
import { FlowActor } from '../hooks/flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { useResultWords } from '../hooks/useResultWords.ts';
import { useScreen } from '../hooks/useScreen.ts';

const byId = <T extends { id: string }>(items: T[], ids: string[]) => ids.map((id) => items.find((item) => item.id === id)!);

/**
 * The result, in SPEC's order: 112 where it applies; your first step (one full card); what you can do now;
 * more places to turn (compact cards: the same facts, also in print); about this concern; your answers.
 */
export function ResultScreen({ now }: { now: Date }) {
  const { t } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const heading = useScreen(t('ui.result.title'));
  const result = composeResult(flow, answers);
  const words = useResultWords();
  const contacts = byId(flow.contacts, result.contacts);
  // The first step is one full card; a contact to turn to when it is closed (`then`) is one call line under
  // it, and the first of the compact cards further down.
  const [first, ...more] = contacts;
  const then = result.lead > 1 ? more[0] : undefined;

  return (
    <section data-screen="result" className="result">
      <DutchSummary result={result} />
      <BackButton />
      <h1 id="result-heading" ref={heading} tabIndex={-1}>
        {t('ui.result.title')}
      </h1>
      <p className="lead">{t('ui.result.intro')}</p>

      {byId(flow.contacts, result.urgent).map((contact) => (
        <section key={contact.id} className="urgent">
          <h2 id="urgent-heading">{t('ui.result.urgentTitle')}</h2>
          <UrgentCall contact={contact} />
        </section>
      ))}

      {words.state === 'ready' ? (
        <>
          {first && (
            <section>
              <h2 id="first-step-heading">{t('ui.result.firstStepTitle')}</h2>
              <ContactCard contact={first} now={now} />
              {then && <ThenCall contact={then} now={now} />}
            </section>
          )}

          <section>
            <h2 id="act-heading">{t('ui.result.actTitle')}</h2>
            {byId(flow.advice, result.act).map((advice) => (
              <AdviceBlock key={advice.id} advice={advice} points={result.points[advice.id]} />
            ))}
          </section>

          {more.length > 0 && (
            <section>
              <h2 id="contacts-heading">{t('ui.result.contactsTitle')}</h2>
              {more.map((contact) => (
                <ContactCard key={contact.id} contact={contact} now={now} compact />
              ))}
            </section>
          )}

          <section>
            <h2 id="about-heading">{t('ui.result.aboutTitle')}</h2>
            {byId(flow.advice, result.about).map((advice) => (
              <AdviceBlock key={advice.id} advice={advice} points={result.points[advice.id]} />
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

import { useTranslation } from 'react-i18next';
import { resultPage } from '../../result/resultPage.ts';
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

/**
 * The result, in SPEC's order: 112 where it applies; your first step (one full card) and the one contact right
 * below it; what you can do now; more places to turn (compact cards: the same facts, also in print); about
 * this concern; your answers. What each section holds is src/result/resultPage.ts, which flows:explain reads too.
 */
export function ResultScreen({ now }: { now: Date }) {
  const { t } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const heading = useScreen(t('ui.result.title'));
  const page = resultPage(flow, answers);
  const { result, first, below, more } = page;
  const words = useResultWords();
  // The advice names the first step through {{firstStep}}, as a sentence names it.
  const firstStep = page.firstStepName ? t(page.firstStepName) : '';

  return (
    <section data-screen="result" className="result">
      <DutchSummary result={result} />
      <BackButton />
      <h1 id="result-heading" ref={heading} tabIndex={-1}>
        {t('ui.result.title')}
      </h1>

      {page.urgent.map((contact) => (
        <section key={contact.id} className="urgent">
          {/* Heard as the section's heading; on screen the line and the red button say it, so the first step comes sooner. */}
          <h2 id="urgent-heading" className="visually-hidden">
            {t(page.urgentTitle)}
          </h2>
          <p>
            <TaggedText text={t(page.urgentLine)} />
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
              {page.callList && (
                <p className="note call-list">
                  <TaggedText text={t('ui.result.callList')} />
                </p>
              )}
              {below && <RightBelow below={below.below} contact={below.contact} now={now} />}
            </section>
          )}

          <section>
            <h2 id="act-heading">{t('ui.result.actTitle')}</h2>
            {page.act.map((advice) => (
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
            {page.about.map((advice) => (
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

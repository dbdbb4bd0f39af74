import { useTranslation } from 'react-i18next';
import { composeResult } from '../../engine/rules.ts';
import { AdviceBlock } from '../components/AdviceBlock.tsx';
import { AnswersList } from '../components/AnswersList.tsx';
import { BackButton } from '../components/BackButton.tsx';
import { ContactCard } from '../components/ContactCard.tsx';
import { DutchSummary } from '../components/DutchSummary.tsx';
import { ResultActions } from '../components/ResultActions.tsx';
import { UrgentCall } from '../components/UrgentCall.tsx';
import { WordsPending } from '../components/WordsPending.tsx';
import { FlowActor, flow } from '../flowActor.ts';
import { useResultWords } from '../useResultWords.ts';
import { useScreen } from '../useScreen.ts';

// With many contacts the first, most fitting ones stay full size and the others are drawn compact, so
// that the page stays calm and short; a compact card still shows (and prints) every number.
const FULL_SIZE = 2;
const isSecondary = (index: number, count: number) => count > FULL_SIZE + 1 && index >= FULL_SIZE;

const byId = <T extends { id: string }>(items: T[], ids: string[]) => ids.map((id) => items.find((item) => item.id === id)!);

/** The result, in SPEC's order: 112 where it applies, whom to contact, what to do now, about this concern, your answers. */
export function ResultScreen({ now }: { now: Date }) {
  const { t } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const heading = useScreen(t('ui.result.title'));
  const result = composeResult(flow, answers);
  const words = useResultWords();

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
          <section>
            <h2 id="contacts-heading">{t('ui.result.contactsTitle')}</h2>
            {byId(flow.contacts, result.contacts).map((contact, index, shown) => (
              <ContactCard key={contact.id} contact={contact} now={now} compact={isSecondary(index, shown.length)} />
            ))}
          </section>

          <section>
            <h2 id="act-heading">{t('ui.result.actTitle')}</h2>
            {byId(flow.advice, result.act).map((advice) => (
              <AdviceBlock key={advice.id} advice={advice} points={result.points[advice.id]} />
            ))}
          </section>

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

import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/schema.ts';
import type { ShippedContact } from '../../engine/shippedFlow.ts';
import type { resultPage } from '../../result/resultPage.ts';
import { AdviceBlock } from '../components/AdviceBlock.tsx';
import { ContactCard } from '../components/ContactCard.tsx';
import { RightBelow } from '../components/RightBelow.tsx';
import { TaggedText } from '../components/TaggedText.tsx';

export type ResultPage = ReturnType<typeof resultPage<ShippedContact>>;

/**
 * The result's sections below 112, in SPEC's order: your first step (one full card) and the one contact right
 * below it; what you can do now; more places to turn (compact cards: the same facts, also in print); about
 * this concern. Its code loads after the first answer (src/ui/resultParts.ts); ResultScreen holds the rest.
 * `whole` false: the head only, the first step and the first advice block, as drawn in the frame after the tap.
 */
export function ResultBody({ page, answers, now, whole }: { page: ResultPage; answers: Answers; now: Date; whole: boolean }) {
  const { t } = useTranslation();
  const { result, first, below, more } = page;
  // The advice names the first step through {{firstStep}}, as a sentence names it.
  const firstStep = page.firstStepName ? t(page.firstStepName) : '';
  const adviceBlocks = (list: ResultPage['act']) =>
    list.map((advice) => (
      <AdviceBlock
        key={advice.id}
        advice={advice}
        points={result.points[advice.id]}
        variant={result.variants[advice.id]}
        firstStep={firstStep}
      />
    ));
  return (
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
        {adviceBlocks(whole ? page.act : page.act.slice(0, 1))}
      </section>

      {whole && more.length > 0 && (
        <section>
          <h2 id="contacts-heading">{t('ui.result.contactsTitle')}</h2>
          {more.map((contact) => (
            <ContactCard key={contact.id} contact={contact} now={now} answers={answers} compact />
          ))}
        </section>
      )}

      {whole && (
        <section>
          <h2 id="about-heading">{t('ui.result.aboutTitle')}</h2>
          {adviceBlocks(page.about)}
        </section>
      )}
    </>
  );
}

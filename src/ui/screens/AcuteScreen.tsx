import { useTranslation } from 'react-i18next';
import { acuteContacts } from '../../result/acuteContacts.ts';
import { TaggedText } from '../components/TaggedText.tsx';
import { UrgentCall } from '../components/UrgentCall.tsx';
import { FlowActor } from '../hooks/flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { useResultParts } from '../hooks/useResultParts.ts';
import { useScreen } from '../hooks/useScreen.ts';

/** The one loud screen: call 112, nothing competing with it; Veilig Thuis below; then carry on. */
export function AcuteScreen({ now }: { now: Date }) {
  const { t } = useTranslation();
  const actor = FlowActor.useActorRef();
  const heading = useScreen(t('ui.acute.title'));
  const { emergency, alsoHere } = acuteContacts(flow.contacts);
  const { parts } = useResultParts();
  return (
    <section data-screen="acute" className="acute">
      <h1 id="acute-heading" ref={heading} tabIndex={-1}>
        {t('ui.acute.title')}
      </h1>
      <p className="lead">{t('ui.acute.text')}</p>
      <UrgentCall contact={emergency} />
      {alsoHere.length > 0 && (
        <p>
          <TaggedText text={t('ui.acute.afterwards')} />
        </p>
      )}
      {/* 112 needs no words from the result file, nor its code; the cards under it do, and come when those are there. */}
      {parts && alsoHere.map((contact) => <parts.ContactCard key={contact.id} contact={contact} now={now} level={2} />)}
      <button type="button" className="secondary" data-continue onClick={() => actor.send({ type: 'CONTINUE' })}>
        {t('ui.acute.continue')}
      </button>
    </section>
  );
}

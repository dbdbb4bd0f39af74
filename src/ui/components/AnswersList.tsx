import { useTranslation } from 'react-i18next';
import { askedQuestions, municipalityOf, variantOf } from '../../engine/rules.ts';
import { optionLabelKey, questionShortKey } from '../../i18n/keys.ts';
import { TaggedText } from './TaggedText.tsx';
import { plainText } from '../../i18n/taggedText.ts';
import { FlowActor } from '../hooks/flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { useMunicipalityName } from '../hooks/useMunicipalityName.ts';

/** Each answer with a Change button that goes back to its question. */
export function AnswersList() {
  const { t, i18n } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const actor = FlowActor.useActorRef();
  const municipalityName = useMunicipalityName(municipalityOf(flow, answers));
  return (
    <section className="answers">
      <h2 id="answers-heading">{t('ui.result.answersTitle')}</h2>
      <dl>
        {askedQuestions(flow, answers).map((question) => {
          const answer = answers[question.id]!;
          const isOption = question.options.some((o) => o.id === answer);
          // A municipality answer is a CBS code: its name comes from the list, which may still be loading.
          const key = optionLabelKey(question.id, answer, variantOf(flow, question, answers), (k) => i18n.exists(k));
          // A municipality's name is Dutch: said in Dutch on a uk or en page.
          const label = isOption ? t(key) : municipalityName ? `<nl>${municipalityName}</nl>` : '';
          return (
            <div key={question.id} className="answer">
              <dt>
                <TaggedText text={t(questionShortKey(question.id))} />
              </dt>
              <dd>
                <TaggedText text={label} />
              </dd>
              <dd>
                <button
                  type="button"
                  className="link"
                  data-change={question.id}
                  onClick={() => actor.send({ type: 'CHANGE', step: question.id })}
                >
                  {t('ui.result.change')}
                  <span className="visually-hidden">
                    {' '}
                    {plainText(t('ui.result.changeHidden', { question: t(questionShortKey(question.id)) }))}
                  </span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

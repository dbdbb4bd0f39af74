import { useTranslation } from 'react-i18next';
import { offeredOptions, variantOf } from '../../engine/rules.ts';
import type { Question } from '../../engine/schema.ts';
import { optionHintKey, optionHook, optionKey, questionKey, questionLeadKey } from '../../i18n/keys.ts';
import { BackButton } from '../components/BackButton.tsx';
import { Progress } from '../components/Progress.tsx';
import { FlowActor, flow } from '../flowActor.ts';
import { useScreen } from '../useScreen.ts';
import { MunicipalitySearch } from '../components/MunicipalitySearch.tsx';

/** One question, one tap: each option is a full-width button that answers at once. */
export function QuestionScreen({ question }: { question: Question }) {
  const { t, i18n } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const actor = FlowActor.useActorRef();
  const title = t(questionKey(question.id, variantOf(flow, question, answers)));
  const heading = useScreen(title);
  const lead = questionLeadKey(question.id);
  const answer = (option: string) => actor.send({ type: 'ANSWER', question: question.id, option });
  const isFirst = flow.questions[0].id === question.id;

  return (
    <section data-question={question.id} aria-labelledby="question-heading">
      {!isFirst && <BackButton />}
      <Progress question={question.id} />
      <h1 id="question-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {isFirst && <p className="lead">{t('ui.intro')}</p>}
      {i18n.exists(lead) && <p className="lead">{t(lead)}</p>}
      {question.input === 'municipality' && <MunicipalitySearch onAnswer={answer} current={answers[question.id]} />}
      <ul className="options" role="list">
        {offeredOptions(flow, question, answers).map((option) => {
          const hint = optionHintKey(question.id, option.id);
          const chosen = answers[question.id] === option.id;
          return (
            <li key={option.id}>
              <button
                type="button"
                className={chosen ? 'option chosen' : 'option'}
                data-option={optionHook(question.id, option.id)}
                onClick={() => answer(option.id)}
              >
                <span className="option-label">
                  {t(optionKey(question.id, option.id))}
                  {chosen && <span className="visually-hidden"> ({t('ui.currentAnswer')})</span>}
                </span>
                {i18n.exists(hint) && <span className="option-hint">{t(hint)}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { offeredOptions, variantOf } from '../../engine/rules.ts';
import type { Question } from '../../engine/schema.ts';
import { optionHintKey, optionHook, optionKey, questionKey, questionLeadKey } from '../../i18n/keys.ts';
import { BackButton } from '../components/BackButton.tsx';
import { Progress } from '../components/Progress.tsx';
import { FlowActor } from '../hooks/flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { useProgress } from '../hooks/useProgress.ts';
import { useScreen } from '../hooks/useScreen.ts';
import { MunicipalitySearch } from '../components/MunicipalitySearch.tsx';

/** One question, one tap: each option is a full-width button that answers at once. */
export function QuestionScreen({ question }: { question: Question }) {
  const { t, i18n } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const actor = FlowActor.useActorRef();
  const title = t(questionKey(question.id, variantOf(flow, question, answers)));
  const heading = useScreen(title);
  const progress = useProgress(question.id);
  const lead = questionLeadKey(question.id);
  const answer = (option: string) => actor.send({ type: 'ANSWER', question: question.id, option });
  const isFirst = flow.questions[0].id === question.id;

  // No name on the section: a region named after its own heading made every question heard twice.
  return (
    <section data-question={question.id}>
      {!isFirst && <BackButton />}
      <Progress progress={progress} />
      {/* The progress is part of the heading's name, so that it is heard when focus lands here. */}
      <h1 id="question-heading" ref={heading} tabIndex={-1}>
        {title} <span className="visually-hidden">({progress.text})</span>
      </h1>
      {isFirst && <p className="lead">{t('ui.intro')}</p>}
      {i18n.exists(lead) && <p className="lead">{t(lead)}</p>}
      {question.input === 'municipality' && <MunicipalitySearch onAnswer={answer} current={answers[question.id]} />}
      <ul className="options" role="list">
        {offeredOptions(flow, question, answers).map((option) => {
          const hint = optionHintKey(question.id, option.id);
          const hasHint = i18n.exists(hint);
          const chosen = answers[question.id] === option.id;
          const ids = `option-${question.id}-${option.id}`;
          // The hint is the button's description, not part of its name: heard after a pause, as its own sentence.
          return (
            <li key={option.id}>
              <button
                type="button"
                className={chosen ? 'option chosen' : 'option'}
                data-option={optionHook(question.id, option.id)}
                aria-labelledby={hasHint ? `${ids}-label` : undefined}
                aria-describedby={hasHint ? `${ids}-hint` : undefined}
                onClick={() => answer(option.id)}
              >
                <span className="option-label" id={`${ids}-label`}>
                  {t(optionKey(question.id, option.id))}
                  {chosen && <span className="visually-hidden"> ({t('ui.currentAnswer')})</span>}
                </span>
                {hasHint && (
                  <span className="option-hint" id={`${ids}-hint`}>
                    {t(hint)}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

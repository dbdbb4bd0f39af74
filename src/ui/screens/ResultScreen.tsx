import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resultPage } from '../../result/resultPage.ts';
import { AnswersList } from '../components/AnswersList.tsx';
import { BackButton } from '../components/BackButton.tsx';
import { DutchSummary } from '../components/DutchSummary.tsx';
import { ResultActions } from '../components/ResultActions.tsx';
import { TaggedText } from '../components/TaggedText.tsx';
import { UrgentCall } from '../components/UrgentCall.tsx';
import { WordsPending } from '../components/WordsPending.tsx';
import { FlowActor } from '../hooks/flowActor.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { useResultParts } from '../hooks/useResultParts.ts';
import { useScreen } from '../hooks/useScreen.ts';

/**
 * The result, in SPEC's order: 112 where it applies; the sections from your first step to about this concern
 * (ResultBody, whose code loads after the first answer); your answers. What each section holds is
 * src/result/resultPage.ts, which flows:explain reads too.
 */
export function ResultScreen({ now }: { now: Date }) {
  const { t } = useTranslation();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const heading = useScreen(t('ui.result.title'));
  const page = resultPage(flow, answers);
  const { result } = page;
  // The sections below 112 need the result's words and code, loaded from the first answer on.
  const body = useResultParts();
  // The head (112, the first step, the first advice block) is drawn at once, in the frame after the tap; the
  // rest follows as a transition, which React draws in slices that a tap can interrupt; focus is on the h1
  // all along. Until then the section says so with data-drawing, for the tests and the bench (not aria-busy:
  // how screen readers treat a busy region with focus inside differs, for a state that lasts a frame or two).
  const ready = body.state === 'ready';
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    if (ready) startTransition(() => setWhole(true));
  }, [ready]);
  // What is below the fold or on paper only (the summary in Dutch, your answers, copy and print) comes with the
  // rest; when the body could not be drawn at once (its words or code on their way, or failed), with the head.
  const [tailWithHead] = useState(!ready);
  const tail = whole || tailWithHead;

  return (
    <section data-screen="result" className="result" data-drawing={ready && !whole ? '' : undefined}>
      {tail && <DutchSummary result={result} />}
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

      {body.state === 'ready' ? (
        <body.parts.ResultBody page={page} answers={answers} now={now} whole={whole} />
      ) : (
        <WordsPending state={body.state} retry={body.retry} />
      )}

      {tail && <AnswersList />}
      {tail && <ResultActions result={result} />}
    </section>
  );
}

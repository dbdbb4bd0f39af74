import type { Question } from '../../engine/schema.ts';
import { flow } from '../../engine/shippedFlow.ts';
import { questionView, titleOf } from '../../views/questionView.ts';
import { MunicipalitySearch } from '../components/MunicipalitySearch.tsx';
import { FlowActor } from '../hooks/flowActor.ts';
import { goBack } from '../hooks/useOneHistory.ts';
import { useScreen } from '../hooks/useScreen.ts';
import { useWords } from '../hooks/useWords.ts';
import { reactElement } from '../lib/reactElement.ts';

/** One question, one tap (src/views/questionView.ts, which the early walker draws too). */
export function QuestionScreen({ question }: { question: Question }) {
  const words = useWords();
  const answers = FlowActor.useSelector((s) => s.context.answers);
  const actor = FlowActor.useActorRef();
  const heading = useScreen(titleOf(flow, question, answers, words));
  const answer = (option: string) => actor.send({ type: 'ANSWER', question: question.id, option });
  return questionView(reactElement, {
    flow,
    question,
    answers,
    words,
    box: question.input === 'municipality' && <MunicipalitySearch onAnswer={answer} current={answers[question.id]} />,
    headingRef: heading,
    onAnswer: answer,
    onBack: () => goBack(actor),
  });
}

import { matches } from './conditions.ts';
import { isMunicipalityCode } from './municipalityCode.ts';
import type { Advice, Answers, Below, Condition, Contact, Flow, Question, RightBelow } from './schema.ts';

export { matches };

// The flow's routing and the result's composition, as pure functions of the flow data and the answers.
// The statechart (buildMachine.ts) and the screens only call these.

/** What routing reads of the flow: the questions, and the regions their conditions may name. */
export type Routing = Pick<Flow, 'questions' | 'regions'>;

export type Step = string; // a question id, 'acute' or 'result'
export const ACUTE = 'acute';
export const RESULT = 'result';

export function regionOf(flow: Pick<Flow, 'regions'>, municipality: string | undefined): string | undefined {
  if (!municipality) return undefined;
  return flow.regions.find((region) => region.members.includes(municipality))?.id;
}

/** The question answered with a municipality, found by its input kind (not by its id). */
export const municipalityQuestion = (flow: Pick<Flow, 'questions'>) => flow.questions.find((q) => q.input === 'municipality');

/** The municipality these answers name: a CBS code, an option such as "unknown", or undefined. */
export const municipalityOf = (flow: Pick<Flow, 'questions'>, answers: Answers) => {
  const question = municipalityQuestion(flow);
  return question && answers[question.id];
};

/** Whether the answers say the check is about the person themself (an option marked `aboutOneself`). */
export const aboutOneself = (flow: Pick<Flow, 'questions'>, answers: Answers) =>
  flow.questions.some((q) => q.options.some((o) => o.aboutOneself && answers[q.id] === o.id));

/** The region of the municipality these answers name, if it is in one. */
export const regionOfAnswers = (flow: Routing, answers: Answers) => regionOf(flow, municipalityOf(flow, answers));

const holds = (flow: Routing, when: Condition | undefined, answers: Answers) =>
  when === undefined || matches(when, answers, regionOfAnswers(flow, answers));

export function isAsked(flow: Routing, question: Question, answers: Answers): boolean {
  return holds(flow, question.when, answers);
}

export function offeredOptions(flow: Routing, question: Question, answers: Answers) {
  return question.options.filter((option) => holds(flow, option.when, answers));
}

export function isOffered(flow: Routing, question: Question, option: string, answers: Answers): boolean {
  if (question.input === 'municipality' && isMunicipalityCode(option)) return true;
  return offeredOptions(flow, question, answers).some((o) => o.id === option);
}

export function questionById(flow: Routing, id: string): Question | undefined {
  return flow.questions.find((q) => q.id === id);
}

/** The wording of a question for these answers: a variant id, or undefined for the plain one. */
export function variantOf(flow: Routing, question: Question, answers: Answers): string | undefined {
  return question.variants?.find((variant) => holds(flow, variant.when, answers))?.id;
}

/**
 * The answers that still apply: in flow order, an answer is kept when its question is still asked and
 * its option still offered, given the answers kept before it.
 */
export function keepValid(flow: Routing, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of flow.questions) {
    const answer = answers[question.id];
    if (answer !== undefined && isAsked(flow, question, kept) && isOffered(flow, question, answer, kept)) {
      kept[question.id] = answer;
    }
  }
  return kept;
}

/** The questions asked for these answers, in order, up to and including the first unanswered one. */
export function askedQuestions(flow: Routing, answers: Answers): Question[] {
  const asked: Question[] = [];
  for (const question of flow.questions) {
    if (!isAsked(flow, question, answers)) continue;
    asked.push(question);
    if (answers[question.id] === undefined) break;
  }
  return asked;
}

/** The first question still to answer, or the result. */
export function nextStep(flow: Routing, answers: Answers): Step {
  const open = flow.questions.find((q) => isAsked(flow, q, answers) && answers[q.id] === undefined);
  return open?.id ?? RESULT;
}

/** Where answering `question` with `option` leads, or undefined when that option is not on offer. */
export function stepAfterAnswer(flow: Routing, answers: Answers, questionId: string, option: string): Step | undefined {
  const question = questionById(flow, questionId);
  if (!question || !isAsked(flow, question, answers) || !isOffered(flow, question, option, answers)) return undefined;
  if (question.options.find((o) => o.id === option)?.acute) return ACUTE;
  return nextStep(flow, keepValid(flow, { ...answers, [questionId]: option }));
}

/** The step that Back leads to from `current`. */
export function previousStep(flow: Routing, answers: Answers, current: Step): Step | undefined {
  if (current === ACUTE) return flow.questions[0].id;
  const asked = askedQuestions(flow, answers);
  if (current === RESULT) return asked.at(-1)?.id;
  const index = asked.findIndex((q) => q.id === current);
  return index > 0 ? asked[index - 1].id : undefined;
}

/** Whether the user may go straight to `step` (Change links, browser back and forward). */
export function canGoTo(flow: Routing, answers: Answers, step: Step): boolean {
  if (step === RESULT) return nextStep(flow, answers) === RESULT;
  if (step === ACUTE) {
    const first = flow.questions[0];
    return first.options.some((o) => o.acute && answers[first.id] === o.id);
  }
  return askedQuestions(flow, answers).some((q) => q.id === step);
}

export type Result = {
  urgent: Contact['id'][];
  /** The contacts in the order shown: the first step, the one right below it, then the rest in flow order. */
  contacts: Contact['id'][];
  /** The contact the result leads with (SPEC.md "Contacts and routing"); undefined only if no contact is shown. */
  firstStep: Contact['id'] | undefined;
  /** The contact right below the first step, and the line that says why. */
  below: Below | undefined;
  /** How many of `contacts` lead: the first step, and the one right below it (0 if none). */
  lead: number;
  act: string[];
  about: string[];
  /** The points each shown advice block shows, by advice id (blocks without points are not listed). */
  points: Record<string, string[]>;
  /** The wording of each shown advice block that has other words for this reader (`advice.<id>.variant.<v>`). */
  variants: Record<string, string>;
};

export const pointId = (point: NonNullable<Advice['points']>[number]) => (typeof point === 'string' ? point : point.id);
export const noteId = (note: NonNullable<Contact['notes']>[number]) => (typeof note === 'string' ? note : note.id);

/** The notes a contact's card shows for these answers. */
export function notesShown(flow: Routing, contact: Pick<Contact, 'notes'>, answers: Answers): string[] {
  const region = regionOfAnswers(flow, answers);
  return (contact.notes ?? []).filter((note) => typeof note === 'string' || matches(note.when, answers, region)).map(noteId);
}

export function composeResult(flow: Flow, answers: Answers): Result {
  const region = regionOfAnswers(flow, answers);
  const shown = flow.contacts.filter((contact) => matches(contact.when, answers, region));
  const { contacts, firstStep, below } = leadWithFirstStep(
    flow,
    shown.filter((c) => !c.urgent).map((c) => c.id),
    answers,
    region,
  );
  const advice = flow.advice.filter((block) => matches(block.when, answers, region, firstStep));
  const variants: Record<string, string> = {};
  for (const block of advice) {
    const variant = block.variants?.find((v) => matches(v.when, answers, region, firstStep));
    if (variant) variants[block.id] = variant.id;
  }
  return {
    urgent: shown.filter((c) => c.urgent).map((c) => c.id),
    contacts,
    firstStep,
    below,
    lead: firstStep === undefined ? 0 : below ? 2 : 1,
    act: advice.filter((a) => a.block === 'act').map((a) => a.id),
    about: advice.filter((a) => a.block === 'about').map((a) => a.id),
    points: Object.fromEntries(
      advice
        .filter((a) => a.points)
        .map((a) => [a.id, a.points!.filter((p) => typeof p === 'string' || matches(p.when, answers, region, firstStep)).map(pointId)]),
    ),
    variants,
  };
}

/**
 * The contacts with the first step (SPEC.md "Contacts and routing") moved to the front, and the contact right
 * below it after it: the one its candidate names, else the first of `rightBelow` that holds.
 */
function leadWithFirstStep(flow: Flow, shown: string[], answers: Answers, region: string | undefined) {
  const first = flow.firstSteps.find((step) => shown.includes(step.contact) && (!step.when || matches(step.when, answers, region)));
  if (!first) return { contacts: shown, firstStep: undefined, below: undefined };
  const named = first.below && shown.includes(first.below.contact) ? first.below : undefined;
  const fallback = flow.rightBelow.find(
    (candidate) =>
      candidate.contact !== first.contact &&
      shown.includes(candidate.contact) &&
      (!candidate.when || matches(candidate.when, answers, region, first.contact)),
  );
  const below: Below | undefined = named ?? (fallback && withoutWhen(fallback));
  const lead = [first.contact, ...(below ? [below.contact] : [])];
  return { contacts: [...lead, ...shown.filter((id) => !lead.includes(id))], firstStep: first.contact, below };
}

const withoutWhen = ({ contact, line, chat }: RightBelow[number]): Below => ({ contact, line, ...(chat ? { chat } : {}) });

import { aboutOneself, composeResult } from '../engine/rules.ts';
import type { Answers, Contact, Flow } from '../engine/schema.ts';
import { contactInTextKey } from '../i18n/keys.ts';

const byId = <T extends { id: string }>(items: T[], ids: string[]) => ids.map((id) => items.find((item) => item.id === id)!);

/**
 * The result page of these answers, section by section in SPEC's order ("The result"): 112 where it applies,
 * with the heading and line for this reader; your first step (one full card), for the person it happens to the
 * call-list line, and the one contact right below it; what you can do now; more places to turn; about this
 * concern. `firstStepName` is the key of the first step's name as the advice's `{{firstStep}}` uses it.
 */
export function resultPage<C extends Contact>(flow: Omit<Flow, 'contacts'> & { contacts: C[] }, answers: Answers) {
  const result = composeResult(flow, answers);
  const self = aboutOneself(flow, answers);
  const [first, ...more] = byId(flow.contacts, result.contacts);
  const below = result.below && more[0];
  // The regional Veilig Thuis below its own trafficking desk, which already leads with that number: its card
  // follows at once, first of "more places to turn", rather than the same number twice in a row.
  const chat = result.below?.chat ? below?.chat : undefined;
  const repeated = !chat && first?.phones.some((own) => own.number === below?.phones[0]?.number);
  return {
    result,
    urgent: byId(flow.contacts, result.urgent),
    urgentTitle: self ? 'ui.result.urgentTitleSelf' : 'ui.result.urgentTitle',
    urgentLine: self ? 'ui.result.urgentLineSelf' : 'ui.result.urgentLine',
    first: first as C | undefined,
    below: result.below && below && !repeated ? { below: result.below, contact: below } : undefined,
    // A call stays in the phone's call list: said where the person it happens to is about to call.
    callList: self,
    act: byId(flow.advice, result.act),
    more,
    about: byId(flow.advice, result.about),
    firstStepName: result.firstStep ? contactInTextKey(result.firstStep) : undefined,
  };
}

import type { TFunction } from 'i18next';
import type { Advice } from '../engine/schema.ts';
import { adviceLinkKey, advicePointKey, adviceTextKey, adviceTitleKey } from '../i18n/keys.ts';

/**
 * One advice block's words for this reader (`variant`, from composeResult): its title (the variant's own where
 * it has one), text, the points that apply and its link's words. `firstStep` is the first step's name as a
 * sentence uses it: the words say "ask … first" through `{{firstStep}}`, never with a contact of their own
 * (SPEC.md "One page, one first step").
 */
export function adviceWords(
  advice: Advice,
  points: string[] | undefined,
  variant: string | undefined,
  firstStep: string,
  t: TFunction,
  has: (key: string) => boolean,
) {
  const values = { firstStep };
  const ownTitle = variant !== undefined && has(adviceTitleKey(advice.id, variant));
  return {
    title: t(adviceTitleKey(advice.id, ownTitle ? variant : undefined), values),
    text: t(adviceTextKey(advice.id, variant), values),
    points: (points ?? []).map((point) => t(advicePointKey(advice.id, point), values)),
    link: advice.link ? { href: advice.link, text: t(adviceLinkKey(advice.id)) } : undefined,
  };
}

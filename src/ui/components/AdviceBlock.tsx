import { useTranslation } from 'react-i18next';
import type { Advice } from '../../engine/schema.ts';
import { adviceLinkKey, advicePointKey, adviceTextKey, adviceTitleKey } from '../../i18n/keys.ts';
import { TaggedText } from './TaggedText.tsx';

/**
 * One advice block in the words for this reader (`variant`, from composeResult), with the points that apply
 * (`points`). `firstStep` is the first step's name as a sentence uses it: the words say "ask … first" through
 * `{{firstStep}}`, never with a contact of their own (SPEC.md "One page, one first step").
 */
export function AdviceBlock({
  advice,
  points,
  variant,
  firstStep,
}: {
  advice: Advice;
  points?: string[];
  variant?: string;
  firstStep: string;
}) {
  const { t, i18n } = useTranslation();
  const List = advice.numbered ? 'ol' : 'ul';
  const values = { firstStep };
  const ownTitle = variant !== undefined && i18n.exists(adviceTitleKey(advice.id, variant));
  return (
    <section className="advice" data-advice={advice.id}>
      <h3 id={`advice-${advice.id}`}>
        <TaggedText text={t(adviceTitleKey(advice.id, ownTitle ? variant : undefined), values)} />
      </h3>
      <p>
        <TaggedText text={t(adviceTextKey(advice.id, variant), values)} />
      </p>
      {points && points.length > 0 && (
        <List>
          {points.map((point) => (
            <li key={point}>
              <TaggedText text={t(advicePointKey(advice.id, point), values)} />
            </li>
          ))}
        </List>
      )}
      {/* A new tab: leaving this one would lose the answers, which live only in this page. */}
      {advice.link && (
        <p>
          <a href={advice.link} hrefLang="nl" target="_blank" rel="noopener noreferrer">
            <TaggedText text={t(adviceLinkKey(advice.id))} />
            <span className="visually-hidden"> ({t('ui.contact.newTab')})</span>
          </a>
        </p>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Advice } from '../../engine/schema.ts';
import { adviceWords } from '../../result/adviceWords.ts';
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
  const words = adviceWords(advice, points, variant, firstStep, t, (key) => i18n.exists(key));
  return (
    <section className="advice" data-advice={advice.id}>
      <h3 id={`advice-${advice.id}`}>
        <TaggedText text={words.title} />
      </h3>
      <p>
        <TaggedText text={words.text} />
      </p>
      {words.points.length > 0 && (
        <List>
          {words.points.map((point, index) => (
            <li key={index}>
              <TaggedText text={point} />
            </li>
          ))}
        </List>
      )}
      {/* A new tab: leaving this one would lose the answers, which live only in this page. */}
      {words.link && (
        <p>
          <a href={words.link.href} hrefLang="nl" target="_blank" rel="noopener noreferrer">
            <TaggedText text={words.link.text} />
            <span className="visually-hidden"> ({t('ui.contact.newTab')})</span>
          </a>
        </p>
      )}
    </section>
  );
}

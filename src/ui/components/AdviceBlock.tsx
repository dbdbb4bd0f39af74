import { useTranslation } from 'react-i18next';
import type { Advice } from '../../engine/schema.ts';
import { adviceLinkKey, advicePointKey, adviceTextKey, adviceTitleKey } from '../../i18n/keys.ts';
import { TaggedText } from './TaggedText.tsx';

/** One advice block, with the points that apply to these answers (`points`, from composeResult). */
export function AdviceBlock({ advice, points }: { advice: Advice; points?: string[] }) {
  const { t } = useTranslation();
  const List = advice.numbered ? 'ol' : 'ul';
  return (
    <section className="advice" data-advice={advice.id}>
      <h3 id={`advice-${advice.id}`}>{t(adviceTitleKey(advice.id))}</h3>
      {/* The text may quote a Dutch label to look for on a Dutch site, marked <nl>: said in Dutch. */}
      <p>
        <TaggedText text={t(adviceTextKey(advice.id))} />
      </p>
      {points && points.length > 0 && (
        <List>
          {points.map((point) => (
            <li key={point}>
              <TaggedText text={t(advicePointKey(advice.id, point))} />
            </li>
          ))}
        </List>
      )}
      {/* A new tab: leaving this one would lose the answers, which live only in this page. */}
      {advice.link && (
        <p>
          <a href={advice.link} hrefLang="nl" target="_blank" rel="noopener noreferrer">
            {t(adviceLinkKey(advice.id))}
            <span className="visually-hidden"> ({t('ui.contact.newTab')})</span>
          </a>
        </p>
      )}
    </section>
  );
}

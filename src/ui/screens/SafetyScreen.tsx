import { useTranslation } from 'react-i18next';
import { BackButton } from '../components/BackButton.tsx';
import { useScreen } from '../hooks/useScreen.ts';

const limits = ['history', 'tabs', 'calls', 'mail'] as const;
const tips = ['private', 'history', 'device', 'calls'] as const;

/** What this site and quick exit hide, and, honestly, what they cannot. */
export function SafetyScreen() {
  const { t } = useTranslation();
  const heading = useScreen(t('ui.safety.title'));
  return (
    <section data-screen="safety">
      <BackButton label={t('ui.safety.back')} />
      <h1 id="safety-heading" ref={heading} tabIndex={-1}>
        {t('ui.safety.title')}
      </h1>
      <p>{t('ui.safety.stored')}</p>
      <p>{t('ui.safety.offline')}</p>
      <h2>{t('ui.safety.exitTitle')}</h2>
      <p>{t('ui.safety.exit')}</p>
      {/* Some screen readers pause their speech on Shift, or keep it: the link always works. */}
      <p>{t('ui.safety.screenReader')}</p>
      <p>{t('ui.safety.remains')}</p>
      <h2>{t('ui.safety.limitsTitle')}</h2>
      <ul>
        {limits.map((limit) => (
          <li key={limit}>{t(`ui.safety.limits.${limit}`)}</li>
        ))}
      </ul>
      <h2>{t('ui.safety.tipsTitle')}</h2>
      <ul>
        {tips.map((tip) => (
          <li key={tip}>{t(`ui.safety.tips.${tip}`)}</li>
        ))}
      </ul>
    </section>
  );
}

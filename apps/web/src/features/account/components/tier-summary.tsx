import { VERIFICATION_TIERS, type VerificationTier } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';

/** The person's tier and what each tier allows (DOMAIN.md: email may comment and follow; phone may propose and co-sign). */
export const TierSummary = ({ tier }: { readonly tier: VerificationTier }) => {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="tier-heading">
      <h2 id="tier-heading">{t('auth.tier.heading')}</h2>
      <p data-testid="current-tier">
        {t('auth.tier.current')} <strong>{t(`auth.tier.names.${tier}`)}</strong>
      </p>
      <dl className="tier-list">
        {VERIFICATION_TIERS.map((each) => (
          <div key={each} className={each === tier ? 'tier-list__item tier-list__item--current' : 'tier-list__item'}>
            <dt>
              {t(`auth.tier.names.${each}`)}
              {each === tier && <span className="visually-hidden"> {t('auth.tier.yours')}</span>}
            </dt>
            <dd>{t(`auth.tier.allows.${each}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};

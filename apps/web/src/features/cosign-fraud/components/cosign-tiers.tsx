import { useTranslation } from 'react-i18next';

interface CosignTiersProps {
  readonly perTier: readonly { readonly tier: string; readonly count: number }[];
}

const KNOWN_TIERS = new Set(['email', 'phone']);

/** Valid co-signs per verification tier (DOMAIN.md: counts per tier are public; identities never). */
export const CosignTiers = ({ perTier }: CosignTiersProps) => {
  const { t } = useTranslation();
  if (perTier.length === 0) return null;
  return (
    <dl className="cosign-tiers" data-testid="cosign-tiers" aria-label={t('cosignFraud.tiers.title')}>
      {perTier.map(({ tier, count }) => (
        <div key={tier}>
          <dt>{KNOWN_TIERS.has(tier) ? t(`cosignFraud.tiers.${tier as 'email' | 'phone'}`) : tier}</dt>
          <dd>{t('cosignFraud.tiers.count', { count })}</dd>
        </div>
      ))}
    </dl>
  );
};

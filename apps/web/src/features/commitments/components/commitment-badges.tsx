import type { CommitmentOrigin, CommitmentTracking } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';

export const OriginBadge = ({ origin }: { readonly origin: CommitmentOrigin }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--origin-${origin}`} data-testid="commitment-origin">
      {t(`commitments.origin.${origin}`)}
    </span>
  );
};

/** Text, not colour, carries the meaning: 持續列管 / 解除列管. */
export const TrackingBadge = ({ tracking }: { readonly tracking: CommitmentTracking }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--tracking-${tracking}`} data-testid="commitment-tracking">
      {t(`commitments.tracking.${tracking}`)}
    </span>
  );
};

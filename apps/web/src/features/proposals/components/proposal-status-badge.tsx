import { useTranslation } from 'react-i18next';
import type { PublicStatus } from '../api/proposals-api';

export const ProposalStatusBadge = ({ status }: { readonly status: PublicStatus }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`} data-testid="proposal-status">
      {t(`proposals.status.${status}`)}
    </span>
  );
};

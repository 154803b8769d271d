import { isProposalStatus } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';

/** Every status, including the ones only the proposer sees (draft, in review, rejected, withdrawn). */
export const MyStatusBadge = ({ status }: { readonly status: string }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`} data-testid="my-status">
      {isProposalStatus(status) ? t(`me.status.${status}`) : status}
    </span>
  );
};

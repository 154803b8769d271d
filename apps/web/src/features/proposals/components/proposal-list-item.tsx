import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { ProposalSummary } from '../api/proposals-api';
import { CosignProgress } from './cosign-progress';
import { ProposalStatusBadge } from './proposal-status-badge';

interface ProposalListItemProps {
  readonly proposal: ProposalSummary;
  readonly areaLabel: string;
}

export const ProposalListItem = ({ proposal, areaLabel }: ProposalListItemProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();

  return (
    <li className="card proposal-item" aria-labelledby={headingId} data-testid="proposal-item">
      <h3 id={headingId} className="proposal-item__title">
        <Link to={`/proposals/${proposal.id}`}>{proposal.title}</Link>
      </h3>
      <p className="proposal-item__meta">
        <ProposalStatusBadge status={proposal.status} />
        <span className="area-chip">{areaLabel}</span>
      </p>
      <CosignProgress count={proposal.cosignCount} threshold={proposal.threshold} />
      {proposal.cosignDeadline && (
        <p className="proposal-item__deadline">
          {t('proposals.deadline')}{' '}
          <time dateTime={proposal.cosignDeadline}>{formatDateTime(proposal.cosignDeadline, locale)}</time>
        </p>
      )}
    </li>
  );
};

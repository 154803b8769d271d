import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { CommitmentSummary } from '../api/commitments-api';
import { OriginBadge, TrackingBadge } from './commitment-badges';

export const CommitmentListItem = ({ commitment }: { readonly commitment: CommitmentSummary }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();

  return (
    <li className="card commitment-item" aria-labelledby={headingId} data-testid="commitment-item">
      <h3 id={headingId} className="commitment-item__title">
        <Link to={`/commitments/${commitment.id}`}>
          {commitment.code && <span className="commitment-code">{commitment.code}</span>}
          {localize(commitment.title, locale)}
        </Link>
      </h3>
      <p className="commitment-item__meta">
        <OriginBadge origin={commitment.origin} />
        <TrackingBadge tracking={commitment.tracking} />
        <span>{t('commitments.milestonesDone', { done: commitment.milestonesDone, total: commitment.milestoneCount })}</span>
      </p>
      {commitment.sourceProposalId && (
        <p className="commitment-item__source">
          <Link to={`/proposals/${commitment.sourceProposalId}`}>{t('commitments.sourceProposalLink')}</Link>
        </p>
      )}
    </li>
  );
};

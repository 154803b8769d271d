import { isRejectReasonCode } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { MyProposal } from '../../submission/api/drafts-api';
import { MyStatusBadge } from './my-status-badge';
import { ReviewClock } from './review-clock';

const PUBLIC = new Set(['open', 'threshold_reached', 'routed', 'adopted', 'merged', 'referred', 'declined', 'expired', 'duplicate']);

/** One of my proposals: its status and what I can do about it now. */
export const MyProposalItem = ({ proposal }: { readonly proposal: MyProposal }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = proposal.content.title;
  const returned = proposal.status === 'draft' && proposal.returnNote !== null;
  return (
    <li className="card my-item" data-testid="my-proposal">
      <h2 className="proposal-item__title">{PUBLIC.has(proposal.status) ? <Link to={`/proposals/${proposal.id}`}>{title}</Link> : title}</h2>
      <p className="proposal-item__meta">
        <MyStatusBadge status={proposal.status} />
        <span>{t('me.proposals.updatedAt', { date: formatDateTime(proposal.updatedAt, locale) })}</span>
      </p>
      {proposal.status === 'in_review' && proposal.submittedAt && <ReviewClock submittedAt={proposal.submittedAt} />}
      {returned && (
        <div className="notice" data-testid="return-note">
          <p>
            <strong>{t('me.proposals.returnNote')}</strong>
          </p>
          <p className="plain-text">{proposal.returnNote}</p>
        </div>
      )}
      {proposal.status === 'rejected' && proposal.rejection && (
        <p className="notice">
          {t('me.proposals.rejected', { code: isRejectReasonCode(proposal.rejection.code) ? t(`me.rejectReasons.${proposal.rejection.code}`) : proposal.rejection.code })}
          {proposal.rejection.note && ` ${proposal.rejection.note}`}
        </p>
      )}
      {proposal.status === 'draft' && (
        <p>
          <Link className="button button--secondary" to={`/me/proposals/${proposal.id}/edit`}>
            {returned ? t('me.proposals.editResubmit') : t('me.proposals.continue')}
            <span className="visually-hidden">{t('me.proposals.ofTitle', { title })}</span>
          </Link>
        </p>
      )}
    </li>
  );
};

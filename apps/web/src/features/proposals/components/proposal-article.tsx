import { collectsCosigns } from '@open-proposals/domain';
import { useNow } from '../../../shared/use-now';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { AgencyResponses } from '../../agencies/components/agency-responses';
import { TaskforceDecision } from '../../agencies/components/taskforce-decision';
import { CosignTiers } from '../../cosign-fraud/components/cosign-tiers';
import { InvalidationLog } from '../../cosign-fraud/components/invalidation-log';
import { FollowButton } from '../../notifications/components/follow-button';
import type { ProposalDetail } from '../api/proposals-api';
import { useLiveCosignStats } from '../hooks/use-live-cosign-stats';
import { CommentList } from './comment-list';
import { CosignComments } from './cosign-comments';
import { CosignPanel } from './cosign-panel';
import { CosignProgress } from './cosign-progress';
import { DeadlineCountdown } from './deadline-countdown';
import { ProposalStatusBadge } from './proposal-status-badge';
import { ProposalTextSections } from './proposal-text-sections';
import { ProposalTimeline } from './proposal-timeline';

/** Statuses after routing: the agency has been asked to respond. */
const ROUTED = new Set(['routed', 'adopted', 'merged', 'referred', 'declined']);

interface ProposalArticleProps {
  readonly proposal: ProposalDetail;
  readonly areaLabel: string;
}

export const ProposalArticle = ({ proposal, areaLabel }: ProposalArticleProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const stats = useLiveCosignStats(proposal.id);
  const now = useNow();
  // Co-signs keep accumulating past the threshold, through routing and the decision, until the window closes.
  const cosignable = collectsCosigns(proposal.status) && proposal.cosignDeadline !== null && Date.parse(proposal.cosignDeadline) > now;

  return (
    <article className="proposal" aria-labelledby="proposal-heading">
      <header className="proposal__header">
        <h1 id="proposal-heading">{proposal.title}</h1>
        <p className="proposal-item__meta">
          <ProposalStatusBadge status={proposal.status} />
          <span className="area-chip">{areaLabel}</span>
          {proposal.publishedAt && (
            <span>{t('proposal.publishedOn', { date: formatDate(proposal.publishedAt, locale) })}</span>
          )}
        </p>
        <FollowButton proposalId={proposal.id} />
      </header>
      <section className="card proposal__cosign" aria-labelledby="cosign-heading">
        <h2 id="cosign-heading">{t('proposal.cosign.heading')}</h2>
        <CosignProgress count={stats.data?.count ?? proposal.cosignCount} threshold={stats.data?.threshold ?? proposal.threshold} />
        {stats.data && <CosignTiers perTier={stats.data.perTier} />}
        {/* A proposal that no longer takes co-signs (a duplicate, an expired one) has nothing to count down to. */}
        {cosignable && proposal.cosignDeadline && <DeadlineCountdown deadline={proposal.cosignDeadline} />}
        {cosignable ? <CosignPanel proposalId={proposal.id} title={proposal.title} /> : <p>{t('proposal.cosign.closed')}</p>}
      </section>
      <ProposalTextSections text={proposal} headingLevel="h2" />
      <InvalidationLog proposalId={proposal.id} headingId="invalidation-log-heading" />
      {proposal.decision && <TaskforceDecision decision={proposal.decision} />}
      {ROUTED.has(proposal.status) && <AgencyResponses proposalId={proposal.id} />}
      <section className="proposal__section">
        <h2>{t('proposal.timeline.heading')}</h2>
        <ProposalTimeline entries={proposal.timeline} />
      </section>
      <section className="proposal__section" aria-labelledby="cosign-comments-heading">
        <h2 id="cosign-comments-heading">{t('proposal.cosignComments.heading')}</h2>
        <CosignComments proposalId={proposal.id} />
      </section>
      <section className="proposal__section">
        <h2>{t('proposal.comments.heading')}</h2>
        <CommentList proposalId={proposal.id} />
      </section>
    </article>
  );
};

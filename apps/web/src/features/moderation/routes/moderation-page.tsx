import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { TrendingPanel } from '../../cosign-fraud/components/trending-panel';
import { StaffGate } from '../../staff/components/staff-gate';
import '../../staff/staff.css';
import { QueuedProposalCard } from '../components/queued-proposal-card';
import { ReportedComments } from '../components/reported-comments';
import { useRejectReasons, useReviewQueue } from '../hooks/use-moderation';

const ReviewQueue = () => {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  const reasons = useRejectReasons();
  if (queue.isPending) return <LoadingState label={t('moderation.queue.loading')} />;
  if (queue.isError) return <ErrorState message={t('moderation.queue.error')} error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />;
  const overdue = queue.data.items.filter((item) => item.clock?.overdue === true).length;
  return (
    <section aria-labelledby="queue-heading" aria-busy={queue.isFetching}>
      <h2 id="queue-heading">
        {t('moderation.queue.title')} <span className="badge" data-testid="queue-count">{queue.data.total}</span>
      </h2>
      <p role="status">{t('moderation.queue.summary', { total: queue.data.total, overdue })}</p>
      {queue.data.items.length === 0 ? (
        <EmptyState message={t('moderation.queue.empty')} />
      ) : (
        <ul className="staff-list">
          {queue.data.items.map((item) => (
            <QueuedProposalCard key={item.id} item={item} reasons={reasons.data ?? []} />
          ))}
        </ul>
      )}
    </section>
  );
};

/** The moderator's screen: submissions in review, oldest first, each with its review clock. */
export const ModerationPage = () => {
  const { t } = useTranslation();
  return (
    <section className="section staff-page" aria-labelledby="moderation-heading">
      <PageTitle page={t('moderation.documentTitle')} />
      <h1 id="moderation-heading">{t('moderation.title')}</h1>
      <StaffGate role="moderator">
        {() => (
          <>
            <ReviewQueue />
            <TrendingPanel />
            <ReportedComments />
          </>
        )}
      </StaffGate>
    </section>
  );
};

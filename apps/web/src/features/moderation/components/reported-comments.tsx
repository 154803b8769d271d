import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useReportedComments } from '../hooks/use-reported-comments';
import { ReportedCommentCard } from './reported-comment-card';

/** Comments waiting for a moderator, longest waiting first. */
export const ReportedComments = () => {
  const { t } = useTranslation();
  const query = useReportedComments();
  return (
    <section aria-labelledby="reported-heading">
      <h2 id="reported-heading">{t('moderation.comments.title')}</h2>
      {query.isPending && <LoadingState label={t('moderation.comments.loading')} />}
      {query.isError && <ErrorState message={t('moderation.comments.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.items.length === 0 && <EmptyState message={t('moderation.comments.empty')} />}
      {query.data && query.data.items.length > 0 && (
        <ul className="staff-list">
          {query.data.items.map((c) => (
            <ReportedCommentCard key={c.id} comment={c} />
          ))}
        </ul>
      )}
    </section>
  );
};

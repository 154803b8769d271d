import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import type { PublicComment } from '../api/proposals-api';
import { useProposalComments } from '../hooks/use-proposals';

const CommentBody = ({ comment }: { readonly comment: PublicComment }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  if (comment.hidden) return <p className="comment__hidden">{t('proposal.comments.hidden')}</p>;
  return (
    <>
      <p className="comment__meta">
        {comment.stance && <span className={`badge badge--stance-${comment.stance}`}>{t(`proposal.comments.stance.${comment.stance}`)}</span>}
        <span className={comment.author?.deleted ? 'comment__author comment__author--deleted' : 'comment__author'}>
          {comment.author?.deleted ? t('proposal.comments.deletedAccount') : comment.author?.displayName}
        </span>
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
      </p>
      <div className="plain-text">{comment.body}</div>
    </>
  );
};

/** The public discussion, read only: top-level comments with their replies. */
export const CommentList = ({ proposalId }: { readonly proposalId: string }) => {
  const { t } = useTranslation();
  const query = useProposalComments(proposalId);

  if (query.isPending) return <LoadingState label={t('proposal.comments.loading')} />;
  if (query.isError) {
    return <ErrorState message={t('proposal.comments.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (query.data.items.length === 0) return <p>{t('proposal.comments.empty')}</p>;
  return (
    <ul className="comments">
      {query.data.items.map((thread) => (
        <li key={thread.id} className="comment" data-testid="comment">
          <CommentBody comment={thread} />
          {thread.replies.length > 0 && (
            <ul className="comments comments--replies" aria-label={t('proposal.comments.replies')}>
              {thread.replies.map((reply) => (
                <li key={reply.id} className="comment" data-testid="comment-reply">
                  <CommentBody comment={reply} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
};

import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { formatNumber } from '../../../shared/format-number';
import { useLocale } from '../../../shared/i18n/use-locale';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useCosignComments } from '../hooks/use-proposals';

/**
 * What co-signers wrote beside their co-sign, shown without their names (as Join's exports do):
 * the reasons behind a count, newest first, a page at a time.
 */
export const CosignComments = ({ proposalId }: { readonly proposalId: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useCosignComments(proposalId);

  if (query.isPending) return <LoadingState label={t('proposal.cosignComments.loading')} />;
  if (query.isError) {
    return <ErrorState message={t('proposal.cosignComments.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const items = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages.at(-1)?.total ?? items.length;
  if (items.length === 0) return <p>{t('proposal.cosignComments.empty')}</p>;
  return (
    <>
      <p className="cosign-comments__summary">{t('proposal.cosignComments.shown', { shown: formatNumber(items.length, locale), total: formatNumber(total, locale) })}</p>
      <ul className="comments" aria-label={t('proposal.cosignComments.heading')}>
        {items.map((item, index) => (
          <li key={`${item.createdAt}-${index}`} className="comment" data-testid="cosign-comment">
            <p className="comment__meta">
              <span className="comment__author">{t('proposal.cosignComments.anonymous')}</span>
              <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time>
            </p>
            <div className="plain-text">{item.comment}</div>
          </li>
        ))}
      </ul>
      {query.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? t('proposal.cosignComments.loadingMore') : t('proposal.cosignComments.more')}
        </button>
      )}
    </>
  );
};

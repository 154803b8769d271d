import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { Pagination } from '../../proposals/components/pagination';
import { MyStatusBadge } from '../components/my-status-badge';
import { useMyCosigns } from '../hooks/use-my-cosigns';

const pageOf = (value: string | null): number => Math.max(1, Number.parseInt(value ?? '1', 10) || 1);

export const MyCosignsPage = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const page = pageOf(params.get('page'));
  const query = useMyCosigns(page);

  return (
    <>
      <PageTitle page={t('me.cosigns.title')} />
      <h1>{t('me.cosigns.title')}</h1>
      <p>{t('me.cosigns.lead')}</p>
      {query.isPending && <LoadingState label={t('me.cosigns.loading')} />}
      {query.isError && <ErrorState message={t('me.cosigns.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.items.length === 0 && (
        <>
          <EmptyState message={t('me.cosigns.empty')} />
          <p>
            <Link to="/proposals">{t('me.cosigns.browse')}</Link>
          </p>
        </>
      )}
      {query.data && query.data.items.length > 0 && (
        <>
          <ul className="proposal-list my-list">
            {query.data.items.map((cosign) => (
              <li key={cosign.proposalId} className="card my-item" data-testid="my-cosign">
                <h2 className="proposal-item__title">
                  <Link to={`/proposals/${cosign.proposalId}`}>{cosign.title}</Link>
                </h2>
                <p className="proposal-item__meta">
                  <MyStatusBadge status={cosign.status} />
                  <span>{t('me.cosigns.cosignedAt', { date: formatDateTime(cosign.cosignedAt, locale) })}</span>
                </p>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={query.data.pageSize} total={query.data.total} hrefFor={(p) => `?page=${p}`} />
        </>
      )}
    </>
  );
};

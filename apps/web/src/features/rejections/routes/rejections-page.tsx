import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { Pagination } from '../../proposals/components/pagination';
import { InvalidationLog } from '../../cosign-fraud/components/invalidation-log';
import { RejectionTable } from '../components/rejection-table';
import { useRejections } from '../hooks/use-rejections';

const pageFrom = (params: URLSearchParams): number => {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
};

const hrefFor = (page: number): string => (page > 1 ? `/rejections?page=${page}` : '/rejections');

/** The public rejection log: rejected proposals leave the listings but stay accountable. */
export const RejectionsPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = useRejections(pageFrom(params));

  return (
    <section className="section" aria-labelledby="rejections-heading" aria-busy={query.isFetching}>
      <PageTitle page={t('rejections.documentTitle')} />
      <h1 id="rejections-heading">{t('rejections.title')}</h1>
      <p>{t('rejections.lead')}</p>
      {query.isPending && <LoadingState label={t('rejections.loading')} />}
      {query.isError && (
        <ErrorState message={t('rejections.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      {query.data && query.data.items.length === 0 && <EmptyState message={t('rejections.empty')} />}
      {query.data && query.data.items.length > 0 && (
        <>
          <RejectionTable items={query.data.items} />
          <Pagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} hrefFor={hrefFor} />
        </>
      )}
      <InvalidationLog proposalId={null} headingId="invalidation-log-heading" />
    </section>
  );
};

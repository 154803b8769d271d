import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/not-found-page';
import { ApiError } from '../../../shared/api/api-error';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { Pagination } from '../../proposals/components/pagination';
import { AgencyRequestTable } from '../components/agency-request-table';
import { useAgencies, useAgencyRequests } from '../hooks/use-agencies';

const pageFrom = (params: URLSearchParams): number => {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
};

const isMissing = (error: Error): boolean => error instanceof ApiError && (error.status === 404 || error.status === 400);

/** One agency's routed requests, soonest due first. */
export const AgencyPage = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const agencies = useAgencies();
  const query = useAgencyRequests(id, pageFrom(params));
  const agency = agencies.data?.find((candidate) => candidate.id === id);
  const name = agency ? localize(agency.name, locale) : t('agencies.requests.title');

  if (query.isError && isMissing(query.error)) return <NotFoundPage />;
  return (
    <section className="section" aria-labelledby="agency-heading" aria-busy={query.isFetching}>
      <PageTitle page={name} />
      <p className="back-link">
        <Link to="/agencies">{t('agencies.back')}</Link>
      </p>
      <h1 id="agency-heading">{name}</h1>
      <h2>{t('agencies.requests.heading')}</h2>
      {query.isPending && <LoadingState label={t('agencies.requests.loading')} />}
      {query.isError && <ErrorState message={t('agencies.requests.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.items.length === 0 && <EmptyState message={t('agencies.requests.empty')} />}
      {query.data && query.data.items.length > 0 && (
        <>
          <AgencyRequestTable items={query.data.items} />
          <Pagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            hrefFor={(page) => (page > 1 ? `/agencies/${id}?page=${page}` : `/agencies/${id}`)}
          />
        </>
      )}
    </section>
  );
};

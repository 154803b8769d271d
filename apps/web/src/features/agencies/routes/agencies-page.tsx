import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { ResponsivenessTable } from '../components/responsiveness-table';
import { useResponsiveness } from '../hooks/use-agencies';

/** The public responsiveness table: who answers on time, and how fast. */
export const AgenciesPage = () => {
  const { t } = useTranslation();
  const query = useResponsiveness();

  return (
    <section className="section" aria-labelledby="agencies-heading" aria-busy={query.isFetching}>
      <PageTitle page={t('agencies.documentTitle')} />
      <h1 id="agencies-heading">{t('agencies.title')}</h1>
      <p>{t('agencies.lead')}</p>
      {query.isPending && <LoadingState label={t('agencies.loading')} />}
      {query.isError && <ErrorState message={t('agencies.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.length === 0 && <EmptyState message={t('agencies.empty')} />}
      {query.data && query.data.length > 0 && (
        <div className="table-scroll">
          <ResponsivenessTable rows={query.data} />
        </div>
      )}
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import type { OpenDataCatalogue } from '../api/open-data-api';
import { DatasetCard } from '../components/dataset-card';
import { useOpenData } from '../hooks/use-open-data';

const LicenceNotice = ({ catalogue }: { readonly catalogue: OpenDataCatalogue }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <aside className="notice licence-notice" aria-labelledby="licence-heading" data-testid="licence">
      <h2 id="licence-heading">{t('openData.licence.heading')}</h2>
      <p>
        {t('openData.licence.body')}{' '}
        <a href={catalogue.licence.url} rel="noopener noreferrer" target="_blank">
          {localize(catalogue.licence.name, locale)}
        </a>
      </p>
      <p className="open-data__version">{t('openData.version', { version: catalogue.version })}</p>
    </aside>
  );
};

/** The open data page: the licence, then each dataset with its downloads and data dictionary. */
export const OpenDataPage = () => {
  const { t } = useTranslation();
  const query = useOpenData();

  return (
    <section className="section" aria-labelledby="open-data-heading" aria-busy={query.isFetching}>
      <PageTitle page={t('openData.documentTitle')} />
      <h1 id="open-data-heading">{t('openData.title')}</h1>
      <p>{t('openData.lead')}</p>
      {query.isPending && <LoadingState label={t('openData.loading')} />}
      {query.isError && <ErrorState message={t('openData.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && (
        <>
          <LicenceNotice catalogue={query.data} />
          {query.data.datasets.length === 0 ? (
            <EmptyState message={t('openData.empty')} />
          ) : (
            <div className="dataset-list">
              {query.data.datasets.map((dataset) => (
                <DatasetCard key={dataset.id} dataset={dataset} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/not-found-page';
import { ApiError } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { ProposalArticle } from '../components/proposal-article';
import { useAreaLabels } from '../hooks/use-area-labels';
import { useProposal } from '../hooks/use-proposals';

/** An unknown id (404) or one that is not an id at all (400) is a missing page to the reader. */
const isMissing = (error: Error): boolean => error instanceof ApiError && (error.status === 404 || error.status === 400);

export const ProposalPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProposal(id);
  const areas = useAreaLabels();

  if (query.isError && isMissing(query.error)) return <NotFoundPage />;
  return (
    <>
      <PageTitle page={query.data?.title ?? t('proposal.documentTitle')} />
      <p className="back-link">
        <Link to="/proposals">{t('proposal.back')}</Link>
      </p>
      {query.isPending && <LoadingState label={t('proposal.loading')} />}
      {query.isError && (
        <ErrorState message={t('proposal.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      {query.data && <ProposalArticle proposal={query.data} areaLabel={areas.labelOf(query.data.areaCode)} />}
    </>
  );
};

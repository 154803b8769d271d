import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/not-found-page';
import { ApiError } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { ProposalWizard } from '../components/proposal-wizard';
import { useMyProposal } from '../hooks/use-drafts';

const isMissing = (error: Error): boolean => error instanceof ApiError && (error.status === 404 || error.status === 400);

/**
 * /submit and /me/proposals/:id/edit. A new draft's address becomes its edit address on the first
 * save, so a reload finds it; the wizard that created it stays mounted (same element, same place).
 */
export const ProposalWizardPage = () => {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const [createdId, setCreatedId] = useState<string | null>(null);
  const loadId = id !== undefined && id !== createdId ? id : null;
  const query = useMyProposal(loadId);

  const header = (
    <>
      <PageTitle page={t('submit.title')} />
      <h1>{loadId ? t('submit.editTitle') : t('submit.title')}</h1>
    </>
  );

  if (loadId === null) {
    return (
      <div className="narrow-page">
        {header}
        <ProposalWizard
          key="new"
          draft={null}
          onCreated={(draft) => {
            setCreatedId(draft.id);
            void navigate(`/me/proposals/${draft.id}/edit`, { replace: true });
          }}
        />
      </div>
    );
  }
  if (query.isError && isMissing(query.error)) return <NotFoundPage />;
  return (
    <div className="narrow-page">
      {header}
      {query.isPending && <LoadingState label={t('submit.loading')} />}
      {query.isError && <ErrorState message={t('submit.loadError')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.status !== 'draft' && (
        <p className="notice" role="status">
          {t('submit.notEditable')} <Link to="/me/proposals">{t('submit.toMyProposals')}</Link>
        </p>
      )}
      {query.data?.status === 'draft' && (
        <>
          {query.data.returnNote && (
            <section className="notice" aria-labelledby="return-note-heading">
              <h2 id="return-note-heading">{t('me.proposals.returnNote')}</h2>
              <p className="plain-text">{query.data.returnNote}</p>
            </section>
          )}
          <ProposalWizard key={query.data.id} draft={query.data} />
        </>
      )}
    </div>
  );
};

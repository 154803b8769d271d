import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { Pagination } from '../../proposals/components/pagination';
import { useMyProposals } from '../../submission/hooks/use-drafts';
import { MyProposalItem } from '../components/my-proposal-item';

const pageOf = (value: string | null): number => Math.max(1, Number.parseInt(value ?? '1', 10) || 1);

export const MyProposalsPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = pageOf(params.get('page'));
  const location = useLocation();
  const submitted = (location.state as { submitted?: string } | null)?.submitted;
  const query = useMyProposals(page);

  return (
    <>
      <PageTitle page={t('me.proposals.title')} />
      <h1>{t('me.proposals.title')}</h1>
      {submitted && (
        <p className="notice notice--success" role="status">
          {t('me.proposals.submitted', { title: submitted })}
        </p>
      )}
      <p>
        <Link to="/submit" className="button">
          {t('me.proposals.new')}
        </Link>
      </p>
      {query.isPending && <LoadingState label={t('me.proposals.loading')} />}
      {query.isError && <ErrorState message={t('me.proposals.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.items.length === 0 && <EmptyState message={t('me.proposals.empty')} />}
      {query.data && query.data.items.length > 0 && (
        <>
          <ul className="proposal-list my-list">
            {query.data.items.map((proposal) => (
              <MyProposalItem key={proposal.id} proposal={proposal} />
            ))}
          </ul>
          <Pagination page={page} pageSize={query.data.pageSize} total={query.data.total} hrefFor={(p) => `?page=${p}`} />
        </>
      )}
    </>
  );
};

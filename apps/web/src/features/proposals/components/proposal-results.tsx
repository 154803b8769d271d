import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { filtersToParams, hasActiveFilters, type ProposalFilters } from '../api/proposal-filters';
import { useProposalList } from '../hooks/use-proposals';
import { Pagination } from './pagination';
import { ProposalListItem } from './proposal-list-item';

interface ProposalResultsProps {
  readonly filters: ProposalFilters;
  readonly labelOf: (areaCode: string) => string;
  readonly onClear: () => void;
}

const hrefFor = (filters: ProposalFilters) => (page: number) => `/proposals?${filtersToParams({ ...filters, page }).toString()}`;

/** The matching proposals, or the loading, empty or error state. */
export const ProposalResults = ({ filters, labelOf, onClear }: ProposalResultsProps) => {
  const { t } = useTranslation();
  const query = useProposalList(filters);

  if (query.isPending) return <LoadingState label={t('proposals.loading')} />;
  if (query.isError) {
    return <ErrorState message={t('proposals.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const { items, page, pageSize, total } = query.data;
  if (items.length === 0) {
    const filtered = hasActiveFilters(filters);
    return (
      <div className="state state--empty" role="status">
        <p>{filtered ? t('proposals.emptyFiltered') : t('proposals.empty')}</p>
        {filtered && (
          <button type="button" className="button button--secondary" onClick={onClear}>
            {t('proposals.clearFilters')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div aria-busy={query.isFetching}>
      <p className="results-count" role="status">
        {t('proposals.count', { total })}
      </p>
      <ul className="proposal-list">
        {items.map((proposal) => (
          <ProposalListItem key={proposal.id} proposal={proposal} areaLabel={labelOf(proposal.areaCode)} />
        ))}
      </ul>
      <Pagination page={page} pageSize={pageSize} total={total} hrefFor={hrefFor(filters)} />
    </div>
  );
};

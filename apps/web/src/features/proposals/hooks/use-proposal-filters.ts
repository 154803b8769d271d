import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_FILTERS, filtersToParams, parseFilters, type ProposalFilters } from '../api/proposal-filters';

/** Filters from the URL, and a setter that writes them back (a new search starts at page 1). */
export const useProposalFilters = () => {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = useCallback(
    (change: Partial<ProposalFilters>) => {
      const next: ProposalFilters = { ...filters, page: 1, ...change };
      setParams(filtersToParams(next));
    },
    [filters, setParams],
  );
  const clear = useCallback(() => setParams(filtersToParams(DEFAULT_FILTERS)), [setParams]);
  return { filters, update, clear };
};

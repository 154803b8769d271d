import { PROPOSAL_SORTS, PUBLIC_STATUSES, type ProposalSort, type PublicStatus } from './proposals-api';

/** The API answers 400 to a shorter search; the form explains this before sending. */
export const MIN_SEARCH_LENGTH = 2;
export const MAX_SEARCH_LENGTH = 80;

/** The browse page's state, kept in the URL query so a search can be shared and bookmarked. */
export interface ProposalFilters {
  readonly q: string;
  readonly status: PublicStatus | '';
  readonly area: string;
  readonly sort: ProposalSort;
  readonly page: number;
}

export const DEFAULT_FILTERS: ProposalFilters = { q: '', status: '', area: '', sort: 'newest', page: 1 };

const AREA_CODE = /^[a-z0-9-]{1,64}$/;

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.find((option) => option === value);

/** Reads filters from the query string; anything the API would refuse falls back to the default. */
export const parseFilters = (params: URLSearchParams): ProposalFilters => {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH);
  const area = params.get('area') ?? '';
  const page = Number(params.get('page'));
  return {
    q: [...q].length >= MIN_SEARCH_LENGTH ? q : '',
    status: oneOf(PUBLIC_STATUSES, params.get('status')) ?? '',
    area: AREA_CODE.test(area) ? area : '',
    sort: oneOf(PROPOSAL_SORTS, params.get('sort')) ?? 'newest',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
};

/** The query string for filters, leaving out defaults so links stay short. */
export const filtersToParams = (filters: ProposalFilters): URLSearchParams => {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.area) params.set('area', filters.area);
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
};

export const hasActiveFilters = (filters: ProposalFilters): boolean =>
  filters.q !== '' || filters.status !== '' || filters.area !== '';

import type { ApiClient } from '../../../shared/api/api-client';
import type { Page, ProposalSort, ProposalSummary, PublicStatus } from '../../proposals/api/proposals-api';

export const HOME_SECTION_SIZE = 3;

/** The home page's lists, each one filtered page of GET /api/v1/proposals. */
export const HOME_SECTIONS = [
  { id: 'endingSoon', status: 'open', sort: 'ending_soon' },
  { id: 'newlyPublished', status: 'open', sort: 'newest' },
  { id: 'reachedThreshold', status: 'threshold_reached', sort: 'newest' },
  { id: 'adopted', status: 'adopted', sort: 'newest' },
] as const satisfies readonly { id: string; status: PublicStatus; sort: ProposalSort }[];

export type HomeSection = (typeof HOME_SECTIONS)[number];

export const homeKeys = {
  section: (id: HomeSection['id']) => ['proposals', 'home', id] as const,
};

export const fetchHomeSection = (client: ApiClient, section: HomeSection, signal?: AbortSignal) =>
  client.get<Page<ProposalSummary>>(
    `/api/v1/proposals?status=${section.status}&sort=${section.sort}&page=1&pageSize=${HOME_SECTION_SIZE}`,
    { signal },
  );

import { Injectable } from '@nestjs/common';
import { officerAgencyIds, responsiveness, type Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { Clock } from '../common/time/clock';
import type { Page } from '../proposals/public-proposal';
import { AgenciesRepository } from './agencies.repository';
import { toProposalResponseView, toRequestView } from './agency-request.mapper';
import { AgencyRequestsRepository } from './agency-requests.repository';
import type { AgencyRequestView, AgencyResponsivenessView, AgencyView, ProposalResponseView } from './agency-views';

/** The public and officer reads of agencies, their requests and answers. */
@Injectable()
export class AgencyReadsService {
  constructor(
    private readonly agencies: AgenciesRepository,
    private readonly requests: AgencyRequestsRepository,
    private readonly clock: Clock,
  ) {}

  list(): Promise<AgencyView[]> {
    return this.agencies.list();
  }

  async requestsOfAgency(agencyId: string, page: number, pageSize: number): Promise<Page<AgencyRequestView>> {
    if ((await this.agencies.findById(agencyId)) === null) throw new ApiException('not_found');
    return this.page([agencyId], page, pageSize);
  }

  /** The officer's inbox over every agency they answer for. */
  inbox(actor: Actor, page: number, pageSize: number): Promise<Page<AgencyRequestView>> {
    return this.page(officerAgencyIds(actor), page, pageSize);
  }

  async ofProposal(proposalId: string): Promise<ProposalResponseView[]> {
    if (!(await this.requests.proposalIsPublic(proposalId))) throw new ApiException('not_found');
    const now = this.clock.now();
    return (await this.requests.forProposal(proposalId)).map((row) => toProposalResponseView(row, now));
  }

  /** One row per stored agency, including those never asked (all zeros, no rate). */
  async responsiveness(): Promise<AgencyResponsivenessView[]> {
    const now = this.clock.now();
    const [agencies, timings] = await Promise.all([this.agencies.list(), this.agencies.requestTimings()]);
    return agencies.map((agency) => ({ agency, ...responsiveness(timings.get(agency.id) ?? [], now) }));
  }

  private async page(agencyIds: readonly string[], page: number, pageSize: number): Promise<Page<AgencyRequestView>> {
    const now = this.clock.now();
    const { items, total } = await this.requests.forAgencies(agencyIds, page, pageSize);
    return { items: items.map((row) => toRequestView(row, now)), page, pageSize, total };
  }
}

import { Injectable } from '@nestjs/common';
import { authorize, type Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed } from '../common/errors/domain.exception';
import { AgenciesRepository } from '../agencies/agencies.repository';
import { RouteProposalService } from '../routing/route-proposal.service';

export interface AgencyAssignmentOutcome {
  readonly proposalId: string;
  readonly requestsCreated: number;
}

const UNKNOWN_AGENCY = {
  field: 'agencyIds',
  code: 'unknown_agency',
  message: { 'zh-TW': '有機關不存在，請從機關清單選擇。', en: 'An agency does not exist; choose from the list of agencies.' },
} as const;

/**
 * A proposal that reached its threshold without a suggested agency waits for a moderator to name
 * the agencies to answer it (the routing job opened its task-force review item already). Routing
 * then finishes exactly as the job does: the transition, the requests and their public due date.
 */
@Injectable()
export class AssignAgenciesService {
  constructor(
    private readonly routing: RouteProposalService,
    private readonly agencies: AgenciesRepository,
  ) {}

  async assign(actor: Actor, proposalId: string, agencyIds: readonly string[]): Promise<AgencyAssignmentOutcome> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    const unique = [...new Set(agencyIds)];
    const known = await this.agencies.existingIds(unique);
    if (known.length !== unique.length) throw new ApiException('validation_failed', [UNKNOWN_AGENCY]);
    const outcome = await this.routing.route(proposalId, new Date(), { actorId: actor.id, agencyIds: unique });
    if (outcome.kind === 'not_routable') throw new ApiException(outcome.reason === 'proposal not found' ? 'not_found' : 'conflict');
    if (outcome.kind === 'awaiting_agency') throw new ApiException('validation_failed', [UNKNOWN_AGENCY]);
    // Already routed (by its proposer's suggestion or an earlier assignment): nothing is re-assigned.
    if (!outcome.transitioned) throw new ApiException('conflict');
    return { proposalId, requestsCreated: outcome.requestsCreated };
  }
}

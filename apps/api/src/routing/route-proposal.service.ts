import { Injectable } from '@nestjs/common';
import { routeProposal, type ProposalStatus } from '@open-proposals/domain';
import { DomainException } from '../common/errors/domain.exception';
import { ProposalStatusBroadcaster } from '../common/realtime/proposal-status.broadcaster';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { ProposalCommands } from '../proposals/proposal-commands';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { RoutingRepository } from './routing.repository';

/** What one routing run found and did. */
export type RoutingOutcome =
  | { readonly kind: 'routed'; readonly reviewItemCreated: boolean; readonly requestsCreated: number; readonly transitioned: boolean }
  /** No agency suggested: the review item is open and a moderator must assign agencies. */
  | { readonly kind: 'awaiting_agency'; readonly reviewItemCreated: boolean }
  /** Permanent: retrying cannot help (the proposal is gone or in a status that is never routed). */
  | { readonly kind: 'not_routable'; readonly reason: string };

/** Statuses at or after routing: the transition is done, only missing effects are added. */
const ROUTED_OR_LATER: ReadonlySet<ProposalStatus> = new Set(['routed', 'adopted', 'merged', 'referred', 'declined']);

/**
 * Routes a proposal that reached its threshold (DOMAIN.md, "route"): the task-force review item,
 * one response request per agency (due N days after the threshold, as the domain computes) and
 * threshold_reached → routed, all in one transaction. Safe to run any number of times: the
 * proposal row is locked, and the effects are keyed inserts.
 */
@Injectable()
export class RouteProposalService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly proposals: ProposalsRepository,
    private readonly commands: ProposalCommands,
    private readonly routing: RoutingRepository,
    private readonly statuses: ProposalStatusBroadcaster,
  ) {}

  /**
   * `assignment` is a moderator naming the agencies of a proposal whose proposer suggested none
   * (the routing job left it awaiting_agency); the job itself passes none.
   */
  async route(proposalId: string, now = new Date(), assignment?: { readonly actorId: string; readonly agencyIds: readonly string[] }): Promise<RoutingOutcome> {
    // Filled inside the transaction when this run moved the proposal to routed.
    const routed: { proposerId?: string } = {};
    const outcome = await this.transactions.run(async (tx): Promise<RoutingOutcome> => {
      // Locked first, so that two runs of the job (or a moderator) take turns on this proposal.
      const loaded = await this.proposals.findForUpdate(proposalId, tx.manager);
      if (loaded === null) return { kind: 'not_routable', reason: 'proposal not found' };
      let proposal = loaded.proposal;
      let transitioned = false;
      if (proposal.status === 'threshold_reached') {
        try {
          proposal = await this.commands.applyIn(tx, proposalId, (p, rules) =>
            routeProposal(p, { actorId: assignment?.actorId ?? null, agencyIds: assignment?.agencyIds }, rules, now),
          );
          transitioned = true;
          routed.proposerId = proposal.proposerId;
        } catch (error) {
          if (!(error instanceof DomainException && error.error.code === 'proposal.no_agency')) throw error;
          // The proposer named no agency: the task force still sees the item; a moderator assigns agencies and routes it.
          return { kind: 'awaiting_agency', reviewItemCreated: await this.routing.openReviewItem(tx.manager, proposalId) };
        }
      } else if (!ROUTED_OR_LATER.has(proposal.status)) {
        return { kind: 'not_routable', reason: `proposal is ${proposal.status}` };
      }
      const reviewItemCreated = await this.routing.openReviewItem(tx.manager, proposalId);
      const dueAt = proposal.agencyResponseDueAt;
      const requestsCreated = dueAt === null ? 0 : await this.routing.requestResponses(tx.manager, proposalId, proposal.routedAgencyIds, dueAt);
      return { kind: 'routed', reviewItemCreated, requestsCreated, transitioned };
    });
    // Announced only after the commit: watchers must never see a status that was rolled back.
    if (routed.proposerId !== undefined) this.statuses.changed({ proposalId, proposerId: routed.proposerId, status: 'routed', public: true }, now);
    return outcome;
  }
}

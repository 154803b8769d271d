import { Injectable } from '@nestjs/common';
import { proposalAuditEntries, type ParticipationRules, type Proposal, type ProposalResult } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { orThrow } from '../common/errors/domain.exception';
import { WriteTransactions, type WriteTransaction } from '../common/persistence/write-transaction';
import { ProposalStatusBroadcaster } from '../common/realtime/proposal-status.broadcaster';
import { ParticipationCyclesRepository } from './participation-cycles.repository';
import { ProposalsRepository } from './proposals.repository';
import { PUBLIC_STATUSES } from './public-proposal';

/** A domain transition of one proposal, given its cycle's rules. */
export type ProposalChange = (proposal: Proposal, rules: ParticipationRules) => ProposalResult;

/**
 * The one way a proposal changes: load it (locked), let the domain decide, then save the new
 * state, its audit lines and its events in one transaction. Drafting, moderation, routing and
 * decisions all go through here; co-signing does not (it must not lock the proposal row).
 */
@Injectable()
export class ProposalCommands {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly proposals: ProposalsRepository,
    private readonly cycles: ParticipationCyclesRepository,
    private readonly statuses: ProposalStatusBroadcaster,
  ) {}

  async apply(id: string, change: ProposalChange): Promise<Proposal> {
    const seen: { before?: Proposal } = {};
    const after = await this.transactions.run((tx) =>
      this.applyIn(tx, id, (proposal, rules) => {
        seen.before = proposal;
        return change(proposal, rules);
      }),
    );
    // Realtime (issue 4): announced here, after the commit, because no outbox handler publishes
    // status changes yet. Callers of applyIn own their transaction and announce after it commits.
    if (seen.before !== undefined && seen.before.status !== after.status) {
      const isPublic = (p: Proposal): boolean => (PUBLIC_STATUSES as readonly string[]).includes(p.status);
      this.statuses.changed({ proposalId: after.id, proposerId: after.proposerId, status: after.status, public: isPublic(seen.before) || isPublic(after) });
    }
    return after;
  }

  /** The same, inside a transaction the caller owns: routing commits its review item and requests with the transition. */
  async applyIn(tx: WriteTransaction, id: string, change: ProposalChange): Promise<Proposal> {
    const loaded = await this.proposals.findForUpdate(id, tx.manager);
    if (loaded === null) throw new ApiException('not_found');
    const { rules } = await this.cycles.byId(loaded.proposal.cycleId, tx.manager);
    const transition = orThrow(change(loaded.proposal, rules));
    await this.proposals.update({ proposal: transition.proposal, version: loaded.version }, tx.manager);
    await this.record(tx, loaded.proposal, transition.proposal, transition);
    return transition.proposal;
  }

  /** Creates a proposal in the current cycle. */
  create(build: (cycleId: string, rules: ParticipationRules) => ProposalResult): Promise<Proposal> {
    return this.transactions.run(async (tx) => {
      const cycle = await this.cycles.current(tx.manager);
      if (cycle === null) throw new ApiException('no_open_cycle');
      const transition = orThrow(build(cycle.id, cycle.rules));
      await this.proposals.insert(transition.proposal, tx.manager);
      await this.record(tx, null, transition.proposal, transition);
      return transition.proposal;
    });
  }

  private async record(tx: WriteTransaction, before: Proposal | null, after: Proposal, transition: Parameters<typeof proposalAuditEntries>[1]): Promise<void> {
    await tx.audit(proposalAuditEntries(before, transition));
    await tx.publish('proposal', after.id, transition.events);
  }
}

import { Injectable } from '@nestjs/common';
import {
  authorize,
  decideProposal,
  realtimeRooms,
  recordTaskforceDecision,
  type Actor,
  type ProposalDecisionInput,
  type Proposal,
} from '@open-proposals/domain';
import { CommitmentCommands } from '../commitments/commitment-commands';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { ProposalStatusBroadcaster } from '../common/realtime/proposal-status.broadcaster';
import { RealtimePublisher } from '../common/realtime/realtime-publisher';
import { ProposalCommands } from '../proposals/proposal-commands';
import type { DecideReviewItemDto } from './dto/taskforce-bodies.dto';
import { TaskforceRepository } from './taskforce.repository';

export interface DecisionOutcomeView {
  readonly decisionId: string;
  readonly proposalId: string;
  readonly proposalStatus: string;
  readonly commitmentId: string | null;
}

const UNKNOWN_COMMITMENT = {
  field: 'targetCommitmentId',
  code: 'unknown_commitment',
  message: { 'zh-TW': '找不到要併入的承諾事項。', en: 'No commitment has this id.' },
} as const;

const toProposalDecision = (body: DecideReviewItemDto): ProposalDecisionInput => {
  switch (body.outcome) {
    case 'adopt':
      return { outcome: 'adopt', rationale: body.rationale };
    case 'merge':
      return { outcome: 'merge', targetCommitmentId: body.targetCommitmentId ?? '', rationale: body.rationale };
    case 'refer':
      return { outcome: 'refer', rationale: body.rationale };
    case 'decline':
      return { outcome: 'decline', rationale: body.rationale ?? '' };
  }
};

/**
 * The task force decides one routed proposal. Everything is one transaction: the proposal's
 * transition (with its audit and events, via ProposalCommands.applyIn), the new commitment on
 * adoption, the decision with its votes, and the review item leaving the inbox.
 */
@Injectable()
export class DecideReviewItemService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly taskforce: TaskforceRepository,
    private readonly proposals: ProposalCommands,
    private readonly commitments: CommitmentsRepository,
    private readonly commitmentCommands: CommitmentCommands,
    private readonly publisher: RealtimePublisher,
    private readonly statuses: ProposalStatusBroadcaster,
  ) {}

  async decide(actor: Actor, reviewItemId: string, body: DecideReviewItemDto): Promise<DecisionOutcomeView> {
    assertAllowed(authorize(actor, 'taskforce.decide'));
    const now = new Date();
    const result = await this.transactions.run(async (tx) => {
      const item = await this.taskforce.reviewItemForUpdate(reviewItemId, tx.manager);
      if (item === null) throw new ApiException('not_found');
      const decision = orThrow(
        recordTaskforceDecision(
          { reviewItem: item, outcome: body.outcome, rationale: body.rationale, votes: body.votes, deciderId: actor.id, hasCommitmentDetails: body.commitment !== undefined },
          now,
        ),
      );
      if (body.outcome === 'merge' && body.targetCommitmentId !== undefined && !(await this.commitments.exists(body.targetCommitmentId, tx.manager))) {
        throw new ApiException('validation_failed', [UNKNOWN_COMMITMENT]);
      }
      const proposal: Proposal = await this.proposals.applyIn(tx, item.proposalId, (p) =>
        decideProposal(p, { deciderId: actor.id, decision: toProposalDecision(body) }, now),
      );
      let commitmentId = body.outcome === 'merge' ? (body.targetCommitmentId ?? null) : null;
      if (body.outcome === 'adopt' && body.commitment !== undefined) {
        const details = body.commitment;
        const created = await this.commitmentCommands.createIn(tx, {
          actorId: actor.id,
          planCode: details.planCode ?? null,
          areaCode: details.areaCode,
          title: details.title,
          description: details.description,
          origin: 'citizen_proposal',
          sourceProposalId: proposal.id,
          // The agencies the proposal was routed to, as decideProposal's CommitmentCreationIntent names them.
          responsibleAgencyIds: proposal.routedAgencyIds,
        });
        commitmentId = created.id;
      }
      const decisionId = await this.taskforce.saveDecision(decision, commitmentId, tx.manager);
      return { decisionId, proposal, commitmentId };
    });
    // Announced after the commit, as ProposalCommands.applyIn asks of its callers.
    this.statuses.changed({ proposalId: result.proposal.id, proposerId: result.proposal.proposerId, status: result.proposal.status, public: true });
    this.publisher.publish('taskforce.inbox', { proposalId: result.proposal.id, reason: 'decided' }, realtimeRooms.taskforce);
    return { decisionId: result.decisionId, proposalId: result.proposal.id, proposalStatus: result.proposal.status, commitmentId: result.commitmentId };
  }
}

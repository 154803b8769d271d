import { Injectable } from '@nestjs/common';
import {
  authorize,
  markProposalDuplicate,
  publishProposal,
  rejectProposal,
  returnProposal,
  type Actor,
  type Proposal,
} from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed } from '../common/errors/domain.exception';
import { ProposalCommands, type ProposalChange } from '../proposals/proposal-commands';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';
import type { MarkDuplicateDto, RejectProposalDto, ReturnProposalDto } from './dto/moderation-actions.dto';
import type { ModerationOutcome } from './moderation.responses';
import { toModerationOutcome } from './moderation.views';

const UNKNOWN_ORIGINAL = {
  field: 'duplicateOfId',
  code: 'unknown_original',
  message: { 'zh-TW': '找不到此原提議，或它尚未公開。', en: 'No published proposal has this id.' },
} as const;

/**
 * A moderator's four decisions on a submission. Each goes through ProposalCommands, so the
 * domain decides and the new state, audit lines and events are saved in one transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly commands: ProposalCommands,
    private readonly proposals: ProposalsRepository,
  ) {}

  publish(actor: Actor, id: string): Promise<ModerationOutcome> {
    return this.decide(actor, id, (proposal, rules) => publishProposal(proposal, { moderatorId: actor.id }, rules, new Date()));
  }

  return(actor: Actor, id: string, { note }: ReturnProposalDto): Promise<ModerationOutcome> {
    return this.decide(actor, id, (proposal) => returnProposal(proposal, { moderatorId: actor.id, note }, new Date()));
  }

  async reject(actor: Actor, id: string, dto: RejectProposalDto): Promise<ModerationOutcome> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    // Only a duplicate rejection names an original; the domain ignores duplicateOfId otherwise.
    if (dto.code === 'duplicate' && dto.duplicateOfId !== undefined) await this.assertOriginal(id, dto.duplicateOfId);
    return this.decide(actor, id, (proposal) =>
      rejectProposal(proposal, { moderatorId: actor.id, code: dto.code, note: dto.note, duplicateOfId: dto.duplicateOfId }, new Date()),
    );
  }

  async markDuplicate(actor: Actor, id: string, { duplicateOfId }: MarkDuplicateDto): Promise<ModerationOutcome> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    await this.assertOriginal(id, duplicateOfId);
    return this.decide(actor, id, (proposal) => markProposalDuplicate(proposal, { moderatorId: actor.id, duplicateOfId }, new Date()));
  }

  private async decide(actor: Actor, id: string, change: ProposalChange): Promise<ModerationOutcome> {
    // The route is already gated by role; the policy is asked again so that the service is safe from any caller.
    assertAllowed(authorize(actor, 'proposal.moderate'));
    const proposal: Proposal = await this.commands.apply(id, change);
    return toModerationOutcome(proposal);
  }

  /**
   * Readers of a duplicate are sent to the original, so it must exist and be public. A proposal
   * named as its own original is left to the domain, which refuses it with its own code.
   */
  private async assertOriginal(id: string, originalId: string): Promise<void> {
    if (originalId === id) return;
    const original = await this.proposals.findById(originalId);
    const isPublic = original !== null && (PUBLIC_STATUSES as readonly string[]).includes(original.proposal.status);
    if (!isPublic) throw new ApiException('validation_failed', [UNKNOWN_ORIGINAL]);
  }
}

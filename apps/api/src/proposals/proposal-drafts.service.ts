import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  authorize,
  createProposalDraft,
  editProposalDraft,
  submitProposal,
  withdrawProposal,
  type Actor,
  type Proposal,
  type ProposalContent,
} from '@open-proposals/domain';
import { ActionPlansRepository } from '../action-plans/action-plans.repository';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed } from '../common/errors/domain.exception';
import { ProposalCommands } from './proposal-commands';
import { ProposalsRepository } from './proposals.repository';

/** The proposer's verbs: draft, edit, submit, withdraw. Each is one transaction through ProposalCommands. */
@Injectable()
export class ProposalDraftsService {
  constructor(
    private readonly commands: ProposalCommands,
    private readonly proposals: ProposalsRepository,
    private readonly plans: ActionPlansRepository,
  ) {}

  async create(actor: Actor, content: Partial<ProposalContent>): Promise<Proposal> {
    assertAllowed(authorize(actor, 'proposal.create'));
    const knownAreaCodes = await this.knownAreaCodes();
    return this.commands.create((cycleId) => createProposalDraft({ id: randomUUID(), cycleId, proposerId: actor.id, content, knownAreaCodes }, new Date()));
  }

  async edit(actor: Actor, id: string, changes: Partial<ProposalContent>): Promise<Proposal> {
    await this.ownOrNotFound(actor, id);
    const knownAreaCodes = await this.knownAreaCodes();
    return this.commands.apply(id, (proposal) => {
      assertAllowed(authorize(actor, 'proposal.edit', proposal));
      return editProposalDraft(proposal, { editorId: actor.id, changes, knownAreaCodes }, new Date());
    });
  }

  async submit(actor: Actor, id: string): Promise<Proposal> {
    await this.ownOrNotFound(actor, id);
    const knownAreaCodes = await this.knownAreaCodes();
    return this.commands.apply(id, (proposal, rules) => {
      assertAllowed(authorize(actor, 'proposal.submit', proposal));
      return submitProposal(proposal, { proposer: actor, knownAreaCodes }, rules, new Date());
    });
  }

  async withdraw(actor: Actor, id: string): Promise<Proposal> {
    await this.ownOrNotFound(actor, id);
    return this.commands.apply(id, (proposal) => {
      assertAllowed(authorize(actor, 'proposal.withdraw', proposal));
      return withdrawProposal(proposal, { proposerId: actor.id }, new Date());
    });
  }

  /** The proposer's own proposal in any status; someone else's draft does not exist for them. */
  async mine(actor: Actor, id: string): Promise<Proposal> {
    return (await this.ownOrNotFound(actor, id)).proposal;
  }

  private async ownOrNotFound(actor: Actor, id: string): Promise<{ proposal: Proposal }> {
    const loaded = await this.proposals.findById(id);
    if (loaded === null || loaded.proposal.proposerId !== actor.id) throw new ApiException('not_found');
    return loaded;
  }

  private async knownAreaCodes(): Promise<string[]> {
    return ['general', ...(await this.plans.findAll()).flatMap((plan) => plan.areas.map((area) => area.code))];
  }
}

import { Module } from '@nestjs/common';
import { ActionPlansModule } from '../action-plans/action-plans.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { MyProposalsController } from './my-proposals.controller';
import { ProposalDraftsService } from './proposal-drafts.service';
import { ParticipationCyclesRepository } from './participation-cycles.repository';
import { ProposalCommands } from './proposal-commands';
import { ProposalListTotalsCache } from './proposal-list-totals.cache';
import { ProposalReadsRepository } from './proposal-reads.repository';
import { ProposalsController } from './proposals.controller';
import { ProposalsRepository } from './proposals.repository';

@Module({
  imports: [ActionPlansModule, RateLimitModule],
  controllers: [ProposalsController, MyProposalsController],
  providers: [ProposalDraftsService, ProposalReadsRepository, ProposalListTotalsCache, ProposalsRepository, ParticipationCyclesRepository, ProposalCommands],
  exports: [ProposalsRepository, ParticipationCyclesRepository, ProposalCommands, ProposalReadsRepository],
})
export class ProposalsModule {}

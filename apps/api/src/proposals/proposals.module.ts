import { Module } from '@nestjs/common';
import { ParticipationCyclesRepository } from './participation-cycles.repository';
import { ProposalCommands } from './proposal-commands';
import { ProposalReadsRepository } from './proposal-reads.repository';
import { ProposalsController } from './proposals.controller';
import { ProposalsRepository } from './proposals.repository';

@Module({
  controllers: [ProposalsController],
  providers: [ProposalReadsRepository, ProposalsRepository, ParticipationCyclesRepository, ProposalCommands],
  exports: [ProposalsRepository, ParticipationCyclesRepository, ProposalCommands, ProposalReadsRepository],
})
export class ProposalsModule {}

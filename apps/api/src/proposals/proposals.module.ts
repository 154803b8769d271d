import { Module } from '@nestjs/common';
import { ProposalReadsRepository } from './proposal-reads.repository';
import { ProposalsController } from './proposals.controller';

@Module({ controllers: [ProposalsController], providers: [ProposalReadsRepository] })
export class ProposalsModule {}

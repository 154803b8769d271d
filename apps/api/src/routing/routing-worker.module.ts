import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { RouteProposalJobHandler } from './route-proposal.job-handler';
import { RouteProposalService } from './route-proposal.service';
import { RoutingRepository } from './routing.repository';

/** Loaded by WorkerModule: processes the routing queue. */
@Module({ imports: [ProposalsModule], providers: [RouteProposalJobHandler, RouteProposalService, RoutingRepository], exports: [RouteProposalService] })
export class RoutingWorkerModule {}

import { Module } from '@nestjs/common';
import { RouteProposalJobHandler } from './route-proposal.job-handler';
import { RoutingModule } from './routing.module';

/** Loaded by WorkerModule: processes the routing queue. */
@Module({ imports: [RoutingModule], providers: [RouteProposalJobHandler], exports: [RoutingModule] })
export class RoutingWorkerModule {}

import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { RouteProposalService } from './route-proposal.service';
import { RoutingRepository } from './routing.repository';

/** Routing itself, shared by the worker (the routing job) and the API (a moderator assigning agencies). */
@Module({ imports: [ProposalsModule], providers: [RouteProposalService, RoutingRepository], exports: [RouteProposalService] })
export class RoutingModule {}

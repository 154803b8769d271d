import { Global, Module } from '@nestjs/common';
import { EmitCoalescer } from './emit-coalescer.service';
import { ProposalStatusBroadcaster } from './proposal-status.broadcaster';
import { RealtimePublisher } from './realtime-publisher';

/** The publisher and its helpers, for any process. The gateway itself is registered by the API module only. */
@Global()
@Module({
  providers: [RealtimePublisher, EmitCoalescer, ProposalStatusBroadcaster],
  exports: [RealtimePublisher, EmitCoalescer, ProposalStatusBroadcaster],
})
export class RealtimeModule {}

import { Global, Module } from '@nestjs/common';
import { RealtimePublisher } from './realtime-publisher';

/** The publisher, for any process. The gateway itself is registered by the API module only. */
@Global()
@Module({ providers: [RealtimePublisher], exports: [RealtimePublisher] })
export class RealtimeModule {}

import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { RedisConnections } from './redis-connections';

/** Redis connections and the typed job producer, shared by the API and the worker. */
@Global()
@Module({ providers: [RedisConnections, JobQueue], exports: [RedisConnections, JobQueue] })
export class QueueModule {}

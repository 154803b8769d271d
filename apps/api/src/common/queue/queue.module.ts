import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { RedisConnections } from './redis-connections';
import { RedisPersistenceCheck } from './redis-persistence.check';

/** Redis connections and the typed job producer, shared by the API and the worker. */
@Global()
@Module({ providers: [RedisConnections, JobQueue, RedisPersistenceCheck], exports: [RedisConnections, JobQueue] })
export class QueueModule {}

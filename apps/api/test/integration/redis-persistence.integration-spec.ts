import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { QueueModule } from '../../src/common/queue/queue.module';
import { RedisConnections } from '../../src/common/queue/redis-connections';
import { RedisPersistenceCheck } from '../../src/common/queue/redis-persistence.check';
import { ConfigModule } from '../../src/config/config.module';
import { startDurableRedis } from '../utils/durable-redis';
import { startTestApi, testConfig } from '../utils/test-app';

@Module({})
class CheckOnlyModule {}

/** The machine's shared Redis (REDIS_URL in tests) runs without AOF, as a developer's often does. */
describe('Redis persistence checked at boot', () => {
  it('lets development boot on a Redis without AOF, with a warning', async () => {
    const { app } = await startTestApi(testConfig({ NODE_ENV: 'development' }));
    await app.close();
  });

  it('refuses to boot in production on a Redis without AOF, saying what to set', async () => {
    // The check with what it needs and nothing else: a whole app would also start queues, whose
    // connections a boot aborted this early leaves half-open.
    // NestFactory.create defers init(), so the failed boot still hands back an app to close.
    const app = await NestFactory.create(
      { module: CheckOnlyModule, imports: [ConfigModule.forRoot(testConfig({ NODE_ENV: 'production' }))], providers: [RedisConnections, RedisPersistenceCheck] },
      new FastifyAdapter(),
      { logger: false, abortOnError: false },
    );
    try {
      await expect(app.init()).rejects.toThrow(/Refusing to start: .*set appendonly yes/);
    } finally {
      await app.close();
    }
  });

  it('is part of the queue module that the API and the worker both load', () => {
    const providers = (Reflect.getMetadata('providers', QueueModule) ?? []) as unknown[];
    expect(providers).toContain(RedisPersistenceCheck);
  });

  it('boots in production on a Redis with AOF and noeviction', async () => {
    const redis = await startDurableRedis();
    try {
      const { app, baseUrl } = await startTestApi(testConfig({ NODE_ENV: 'production', REDIS_URL: redis.url }));
      expect((await fetch(`${baseUrl}/api/v1/action-plans`)).status).toBe(200);
      await app.close();
    } finally {
      await redis.stop();
    }
  });
});

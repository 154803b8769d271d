import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { RedisConnections } from './redis-connections';
import { parseRedisPersistence, redisPersistenceProblems } from './redis-persistence';

export class RedisNotDurableError extends Error {}

/** Checked once at boot of the API and of the worker. */
@Injectable()
export class RedisPersistenceCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger(RedisPersistenceCheck.name);

  constructor(
    private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const info = `${await this.redis.commands.info('persistence')}\n${await this.redis.commands.info('memory')}`;
    const problems = redisPersistenceProblems(parseRedisPersistence(info));
    if (problems.length === 0) return;
    if (this.config.isProduction) throw new RedisNotDurableError(`Refusing to start: ${problems.join('; ')}.`);
    for (const problem of problems) this.logger.warn(`${problem} — acceptable in development, refused in production`);
  }
}

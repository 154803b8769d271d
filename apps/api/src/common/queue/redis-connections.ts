import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';

/**
 * Owns every Redis connection of the process, so they are all closed on shutdown.
 * BullMQ workers need `maxRetriesPerRequest: null` to block on queues; commands elsewhere
 * fail fast instead of hanging while Redis is away.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisConnections.name);
  private readonly opened: Redis[] = [];
  readonly commands: Redis;

  constructor(private readonly config: AppConfig) {
    this.commands = this.open('commands', { maxRetriesPerRequest: 1 });
  }

  /** A connection for a blocking client (BullMQ worker, socket.io subscriber). */
  blocking(label: string): Redis {
    return this.open(label, { maxRetriesPerRequest: null });
  }

  key(...parts: string[]): string {
    return [this.config.REDIS_PREFIX, ...parts].join(':');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.opened.map((c) => c.quit().catch(() => c.disconnect())));
  }

  private open(label: string, options: { maxRetriesPerRequest: number | null }): Redis {
    const connection = new Redis(this.config.REDIS_URL, { ...options, connectionName: `op-${label}`, enableReadyCheck: true });
    connection.on('error', (error: Error) => this.logger.warn(`redis (${label}): ${error.message}`));
    this.opened.push(connection);
    return connection;
  }
}

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
    // Auto-pipelining sends the commands issued in one turn of the event loop (every request's
    // rate-limit check) in one write: on the co-sign path, writes to sockets were most of the CPU.
    this.commands = this.open('commands', { maxRetriesPerRequest: 1, enableAutoPipelining: true });
  }

  /** A connection for a blocking client (BullMQ worker, socket.io subscriber). */
  blocking(label: string): Redis {
    return this.open(label, { maxRetriesPerRequest: null });
  }

  key(...parts: string[]): string {
    return [this.config.REDIS_PREFIX, ...parts].join(':');
  }

  /** Last of the shutdown: everything that used these connections closed in the earlier hooks. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.opened.map((c) => this.close(c)));
  }

  /**
   * Redis answers a connection's commands in order, so a PING answered means every command sent
   * before it was answered too. Libraries that fire commands without awaiting them (the socket.io
   * adapter's SUBSCRIBE) would otherwise get "Connection is closed" rejections nobody handles.
   * A blocked connection (a worker's BRPOPLPUSH) would hold the PING: it is bounded.
   */
  private async close(connection: Redis): Promise<void> {
    // Also while still connecting: the PING then waits in the offline queue behind the others.
    if (connection.status !== 'end' && connection.status !== 'close') {
      await Promise.race([connection.ping().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    }
    await connection.quit().catch(() => connection.disconnect());
  }

  private open(label: string, options: { maxRetriesPerRequest: number | null; enableAutoPipelining?: boolean }): Redis {
    const connection = new Redis(this.config.REDIS_URL, { ...options, connectionName: `op-${label}`, enableReadyCheck: true });
    connection.on('error', (error: Error) => this.logger.warn(`redis (${label}): ${error.message}`));
    this.opened.push(connection);
    return connection;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import type { ServerEventName, ServerToClientEvents } from '@open-proposals/domain';
import { AppConfig } from '../../config/app-config';
import { RedisConnections } from '../queue/redis-connections';
import { realtimeChannel } from './realtime-channel';

/**
 * Publishes typed events to sockets on every API node through Redis. Works in the worker,
 * which has no socket.io server of its own.
 */
@Injectable()
export class RealtimePublisher {
  private readonly logger = new Logger(RealtimePublisher.name);
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(config: AppConfig, redis: RedisConnections) {
    // The emitter fires PUBLISH without awaiting it: while Redis is away that promise would reject
    // with nobody listening and take the process down. A live event is a hint (pages stay right on their
    // next read), so a lost one is logged, never fatal.
    const client = {
      publish: (channel: string, message: string | Buffer): Promise<number> =>
        redis.commands.publish(channel, message).catch((error: Error) => {
          this.logger.warn(`a live event was not published: ${error.message}`);
          return 0;
        }),
    };
    this.emitter = new Emitter<ServerToClientEvents>(client, { key: realtimeChannel(config) });
  }

  /**
   * To everyone, or to rooms named by `realtimeRooms` (e.g. `proposal:<id>`, `user:<id>`). Several
   * rooms make one broadcast: a socket in two of them gets the event once.
   */
  publish<E extends ServerEventName>(event: E, payload: Parameters<ServerToClientEvents[E]>[0], room?: string | readonly string[]): void {
    const target = room === undefined ? this.emitter : this.emitter.to(typeof room === 'string' ? room : [...room]);
    // The emitter's generics spread parameter tuples; the single payload argument is what every event takes.
    (target.emit as (event: E, payload: unknown) => boolean)(event, payload);
  }
}

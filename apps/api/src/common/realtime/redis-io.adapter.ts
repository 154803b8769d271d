import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { AppConfig } from '../../config/app-config';
import { MetricsRegistry } from '../../metrics/metrics.registry';
import { RedisConnections } from '../queue/redis-connections';
import { BroadcastPacer } from './broadcast-pacer';
import { pacedAdapters } from './paced-broadcasts';
import { realtimeChannel } from './realtime-channel';

/**
 * socket.io through Redis pub/sub: an event published by the worker or by any API node
 * reaches the sockets of every API node. Each node writes a broadcast to its sockets a slice
 * per turn of the event loop, so a room of thousands does not stall the node's HTTP requests.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly logger = new Logger(RedisIoAdapter.name);

  constructor(private readonly app: INestApplicationContext) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    const config = this.app.get(AppConfig);
    const redis = this.app.get(RedisConnections);
    const metrics = this.app.get(MetricsRegistry);
    const pacer = new BroadcastPacer<Socket>({
      onWriteError: (error) => this.logger.warn(`a live event was not written to a socket: ${error instanceof Error ? error.message : String(error)}`),
      onDelivered: (milliseconds, sockets) => metrics.observeBroadcast(milliseconds, sockets),
    });
    server.adapter(pacedAdapters(createAdapter(redis.blocking('io-pub'), redis.blocking('io-sub'), { key: realtimeChannel(config) }), pacer));
    return server;
  }
}

import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import { AppConfig } from '../../config/app-config';
import { RedisConnections } from '../queue/redis-connections';
import { realtimeChannel } from './realtime-channel';

/**
 * socket.io through Redis pub/sub: an event published by the worker or by any API node
 * reaches the sockets of every API node.
 */
export class RedisIoAdapter extends IoAdapter {
  constructor(private readonly app: INestApplicationContext) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    const config = this.app.get(AppConfig);
    const redis = this.app.get(RedisConnections);
    server.adapter(createAdapter(redis.blocking('io-pub'), redis.blocking('io-sub'), { key: realtimeChannel(config) }));
    return server;
  }
}

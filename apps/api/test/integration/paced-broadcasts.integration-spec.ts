import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { BroadcastPacer } from '../../src/common/realtime/broadcast-pacer';
import { pacedAdapters } from '../../src/common/realtime/paced-broadcasts';
import { testConfig } from '../utils/test-app';

const WATCHERS = 30;

/**
 * The pacer wraps two internals of socket.io-adapter. This drives the real socket.io server and
 * Redis adapter (the versions installed) to show that every kind of broadcast goes through the
 * pacer, and that what must stay synchronous still does. A clock that moves 1 ms per reading
 * makes each slice a few sockets long, whatever the speed of the machine.
 */
describe('paced broadcasts on the real socket.io Redis adapter', () => {
  const config = testConfig();
  const key = `${config.REDIS_PREFIX}:paced-socket.io`;
  let clock = 0;
  const errors: unknown[] = [];
  const pacer = new BroadcastPacer<ServerSocket>({ onWriteError: (error) => errors.push(error), sliceMs: 3, now: () => (clock += 1) });
  const redis = { pub: new Redis(config.REDIS_URL), sub: new Redis(config.REDIS_URL), emitter: new Redis(config.REDIS_URL) };
  let http: HttpServer;
  let server: Server;
  const clients: Socket[] = [];

  beforeAll(async () => {
    http = createServer();
    server = new Server(http, { transports: ['websocket'] });
    server.adapter(pacedAdapters(createAdapter(redis.pub, redis.sub, { key }), pacer));
    server.on('connection', (socket) => {
      void socket.join('proposal:p1');
      socket.on('ready', (ack: () => void) => ack());
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    for (let index = 0; index < WATCHERS; index += 1) {
      const client = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
      client.on('ping-all', (ack: (answer: string) => void) => ack('pong'));
      // A round trip after connecting: the server has run the connection handler (joined the room).
      await client.timeout(5000).emitWithAck('ready');
      clients.push(client);
    }
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    // Closes the HTTP server too.
    await server.close();
    await Promise.all(Object.values(redis).map((connection) => connection.quit()));
  });

  /** Resolves with what each client heard of `event` once every client has heard `expected` of it. */
  const hear = (event: string, expected: number): Promise<number[][]> => {
    const heard = clients.map(() => [] as number[]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not every client heard ${expected} ${event} events: ${JSON.stringify(heard.map((h) => h.length))}`)), 10_000);
      clients.forEach((client, index) => {
        const listener = (count: number): void => {
          heard[index]?.push(count);
          if (heard[index]?.length === expected) client.off(event, listener);
          if (heard.every((h) => h.length === expected)) {
            clearTimeout(timer);
            resolve(heard);
          }
        };
        client.on(event, listener);
      });
    });
  };

  it('writes counts published by another process (the worker, through Redis) a slice at a time, in order on every socket', async () => {
    const before = pacer.slices;
    const heard = hear('proposal.count', 5);
    const emitter = new Emitter(redis.emitter, { key });
    for (let count = 1; count <= 5; count += 1) emitter.to('proposal:p1').emit('proposal.count', count);
    expect(await heard).toEqual(clients.map(() => [1, 2, 3, 4, 5]));
    // 150 writes at about three a slice; unpaced, the pacer would not have been called at all.
    expect(pacer.slices - before).toBeGreaterThanOrEqual(40);
    expect(errors).toEqual([]);
  });

  it('paces a broadcast made on this node too', async () => {
    const before = pacer.slices;
    const heard = hear('proposal.status', 3);
    for (let count = 1; count <= 3; count += 1) server.to('proposal:p1').emit('proposal.status', count);
    // Even the first write waits for nothing but its slice: the first few sockets are written at once.
    expect(pacer.slices - before).toBe(1);
    expect(await heard).toEqual(clients.map(() => [1, 2, 3]));
    expect(pacer.slices - before).toBeGreaterThanOrEqual(20);
  });

  it('leaves what must be synchronous alone: acknowledged broadcasts and finding the sockets of a room', async () => {
    const before = pacer.slices;
    expect(await server.in('proposal:p1').fetchSockets()).toHaveLength(WATCHERS);
    const answers = (await server.timeout(5000).to('proposal:p1').emitWithAck('ping-all')) as string[];
    expect(answers).toEqual(clients.map(() => 'pong'));
    expect(pacer.slices).toBe(before);
  });
});

import { RedisConnections } from '../../src/common/queue/redis-connections';
import { RealtimePublisher } from '../../src/common/realtime/realtime-publisher';
import { freePort } from '../utils/routing-helpers';
import { testConfig } from '../utils/test-app';

/**
 * The socket.io emitter fires PUBLISH without awaiting it. While Redis is away, that rejection
 * must not escape: in the worker, an unhandled rejection ends the process mid-job.
 */
describe('publishing a live event while Redis is unreachable', () => {
  it('loses the event quietly instead of leaving a rejection nobody handles', async () => {
    const port = await freePort(); // nothing listens here
    const connections = new RedisConnections(testConfig({ REDIS_URL: `redis://127.0.0.1:${port}` }));
    const publisher = new RealtimePublisher(testConfig(), connections);
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', record);
    try {
      publisher.publish('system.heartbeat', { at: new Date().toISOString(), jobId: 'j1' });
      publisher.publish('system.heartbeat', { at: new Date().toISOString(), jobId: 'j2' }, 'proposal:x');
      // ioredis gives up on a queued command after one failed reconnection (maxRetriesPerRequest: 1).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(connections.commands.status).not.toBe('ready');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
      await connections.onApplicationShutdown();
    }
  });
});

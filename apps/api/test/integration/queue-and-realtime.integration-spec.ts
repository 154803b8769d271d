import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { REALTIME_PATH, type WorkerHeartbeatEvent } from '@open-proposals/domain';
import { io, type Socket } from 'socket.io-client';
import { JobQueue } from '../../src/common/queue/job-queue.service';
import { WorkerHeartbeatService } from '../../src/maintenance/worker-heartbeat.service';
import { connectSocket, startTestApi, startTestWorker } from '../utils/test-app';

/** Waits for the heartbeat event of one job, ignoring those of the scheduler. */
const heartbeatOf = (socket: Socket, jobId: string, timeoutMs = 10_000): Promise<WorkerHeartbeatEvent> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no heartbeat for job ${jobId} within ${timeoutMs} ms`)), timeoutMs);
    socket.on('system.heartbeat', (event: WorkerHeartbeatEvent) => {
      if (event.jobId !== jobId) return;
      clearTimeout(timer);
      resolve(event);
    });
  });

describe('API → BullMQ → worker → socket.io', () => {
  let api: NestFastifyApplication;
  let baseUrl: string;
  let worker: INestApplicationContext | undefined;
  let socket: Socket;

  beforeAll(async () => {
    ({ app: api, baseUrl } = await startTestApi());
    socket = await connectSocket(baseUrl);
  });
  afterAll(async () => {
    socket.disconnect();
    await worker?.close();
    await api.close();
  });

  it('keeps a job the API added while no worker runs, and the worker processes it when it starts', async () => {
    const jobId = await api.get(WorkerHeartbeatService).request('test');
    const queue = api.get(JobQueue).queue('maintenance');
    expect((await queue.getJob(jobId))?.name).toBe('maintenance.heartbeat');
    expect(await (await queue.getJob(jobId))?.getState()).toBe('waiting');

    const received = heartbeatOf(socket, jobId);
    worker = await startTestWorker();
    const event = await received;

    expect(new Date(event.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await (await queue.getJob(jobId))?.getState()).toBe('completed');
  });

  it('reports the worker up in /api/health once it has processed a heartbeat', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    const report = (await response.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(report.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' }, queues: { status: 'up' }, worker: { status: 'up' } });
    expect(response.status).toBe(200);
    expect(report.status).toBe('ok');
  });

  it('delivers a job from the API to a socket within a second and a half', async () => {
    const started = Date.now();
    const jobId = await api.get(WorkerHeartbeatService).request('test');
    await heartbeatOf(socket, jobId, 1500);
    expect(Date.now() - started).toBeLessThanOrEqual(1500);
  });

  it('gives a socket that connects between beats the last heartbeat at once', async () => {
    const jobId = await api.get(WorkerHeartbeatService).request('test');
    await heartbeatOf(socket, jobId);
    // Listen before connecting: the server sends the heartbeat as soon as the socket is accepted.
    const late: Socket = io(baseUrl, { path: REALTIME_PATH, transports: ['websocket'], forceNew: true, autoConnect: false });
    try {
      // The scheduler beats every 15 s: an answer within 2 s can only be the one sent on connect.
      const first = new Promise<WorkerHeartbeatEvent>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no heartbeat on connect')), 2000);
        late.once('system.heartbeat', (event: WorkerHeartbeatEvent) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
      late.connect();
      expect((await first).jobId).toBe(jobId);
    } finally {
      late.disconnect();
    }
  });

  it('schedules the recurring heartbeat (and the co-sign trend detection and the retention sweep) once, however many workers boot', async () => {
    const second = await startTestWorker();
    try {
      const schedulers = await api.get(JobQueue).queue('maintenance').getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual(['maintenance.cosign_trends', 'maintenance.heartbeat', 'maintenance.retention_sweep']);
    } finally {
      await second.close();
    }
  });
});

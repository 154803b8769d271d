import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { io, type Socket } from 'socket.io-client';
import { REALTIME_PATH, type ServerToClientEvents } from '@open-proposals/domain';
import { AppModule } from '../../src/app.module';
import { configureApiApp } from '../../src/bootstrap/configure-api-app';
import { createApiAdapter } from '../../src/bootstrap/create-api-adapter';
import type { AppConfig } from '../../src/config/app-config';
import { parseConfig } from '../../src/config/load-config';
import { WorkerModule } from '../../src/worker.module';
import { withDatabase } from '@open-proposals/tools/platform/databases';
import { TEST_RUN_ENV, testServices } from './test-environment';

/** The configuration of this run: its database, its Redis prefix, quiet logs. */
export const testConfig = (overrides: Record<string, string> = {}): AppConfig => {
  const { serverUrl, redisUrl } = testServices();
  const database = process.env[TEST_RUN_ENV.database];
  const prefix = process.env[TEST_RUN_ENV.redisPrefix];
  if (!database || !prefix) throw new Error('the integration global setup did not run');
  return parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: withDatabase(serverUrl, database),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    PORT: '0',
    // Every suite comes from 127.0.0.1 and registers many people; rate-limits.integration-spec sets its own limits and checks the defaults.
    RATE_LIMIT_MULTIPLIER: '1000',
    // Production configs (some tests boot one) require the key; one fixed key keeps hashes comparable.
    COSIGN_FINGERPRINT_SECRET: 'integration-test co-sign fingerprint key (32+ chars)',
    ...overrides,
  });
};

/** The API as main.ts builds it, listening on a free port. */
export const startTestApi = async (config = testConfig()): Promise<{ app: NestFastifyApplication; baseUrl: string }> => {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createApiAdapter(config), { logger: false, bodyParser: false });
  await configureApiApp(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('the API did not listen on a TCP port');
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
};

/** The worker as worker.ts builds it: processors and schedulers running. */
export const startTestWorker = async (config = testConfig()): Promise<INestApplicationContext> => {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await worker.init();
  return worker;
};

/** A socket.io client connected to the API's gateway, typed with the shared event map. */
export const connectSocket = async (baseUrl: string): Promise<Socket<ServerToClientEvents>> => {
  const socket: Socket<ServerToClientEvents> = io(baseUrl, { path: REALTIME_PATH, transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
};

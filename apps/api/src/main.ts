import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApiApp } from './bootstrap/configure-api-app';
import { createApiAdapter } from './bootstrap/create-api-adapter';
import { runOrExplain } from './bootstrap/run-or-explain';
import { loadConfig } from './config/load-config';
import { WorkerHeartbeatService } from './maintenance/worker-heartbeat.service';

runOrExplain(async () => {
  const config = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createApiAdapter(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await configureApiApp(app);
  await app.listen(config.PORT, config.HOST);
  // Ask the worker for a heartbeat now, so that health turns green without waiting for the scheduler.
  await app.get(WorkerHeartbeatService).request('api');
  app.get(Logger).log(`API listening on http://${config.HOST}:${config.PORT} (docs: /api/docs)`);
});

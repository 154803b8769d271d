import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runOrExplain } from './bootstrap/run-or-explain';
import { loadConfig } from './config/load-config';
import { WorkerModule } from './worker.module';

runOrExplain(async () => {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig()), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('worker started');
});

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import { ValidationPipe } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import accepts from 'accepts';
import type { FastifyInstance } from 'fastify';
import { mountQueueDashboard } from '../admin/queue-dashboard';
import { useSecurityHeaders } from './security-headers';
import { ApiException } from '../common/errors/api.exception';
import { useJsonBodies } from '../common/errors/json-body.parser';
import { inputGuardHook } from '../common/errors/input-guard.hook';
import { requestIdHook } from '../common/logging/request-id';
import { requestsInFlightHook } from '../common/http/requests-in-flight.hook';
import { responseEtagHook } from '../common/http/response-etag.hook';
import { toFieldErrors } from '../common/errors/validation-errors';
import { RedisIoAdapter } from '../common/realtime/redis-io.adapter';
import { AppConfig } from '../config/app-config';
import { MetricsRegistry } from '../metrics/metrics.registry';
import { requestMetricsHook } from '../metrics/request-metrics.hook';
import { createOpenApiDocument } from './openapi-document';

/** Everything main.ts does to the app before listening; integration tests call it too. */
export const configureApiApp = async (app: NestFastifyApplication): Promise<void> => {
  const config = app.get(AppConfig);
  const fastify = app.getHttpAdapter().getInstance();
  // Prometheus scrapes /metrics, by convention outside the API's own paths.
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useWebSocketAdapter(new RedisIoAdapter(app));
  fastify.addHook('onRequest', requestIdHook);
  useSecurityHeaders(fastify);
  fastify.addHook('onResponse', requestMetricsHook(app.get(MetricsRegistry)));
  fastify.addHook('onRequest', requestsInFlightHook(config.MAX_REQUESTS_IN_FLIGHT));
  useJsonBodies(fastify);
  fastify.addHook('preValidation', inputGuardHook);
  // Unsigned cookies: the session token is random and looked up by hash, so a signature would add nothing.
  await app.register(fastifyCookie);
  fastify.addHook('onSend', responseEtagHook);
  await mountQueueDashboard(app);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: (errors) => new ApiException('validation_failed', toFieldErrors(errors)),
    }),
  );
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  if (config.WEB_DIST_DIR) serveWebApp(app, fastify, resolve(config.WEB_DIST_DIR));
};

/** Single-host mode: the API serves the built web app, and unknown pages fall back to it (client-side routing). */
const serveWebApp = (app: NestFastifyApplication, fastify: FastifyInstance, dir: string): void => {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`WEB_DIST_DIR=${dir} has no index.html: build the web app first (npx nx run web:build)`);
  const index = readFileSync(indexPath);
  // Only the files there now get routes: any other path stays unmatched, for the API's 404 or the page fallback.
  app.useStaticAssets({ root: dir, index: false, maxAge: '1h', wildcard: false });
  fastify.addHook('onRequest', (request, reply, done) => {
    const isPage =
      request.is404 &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/live') &&
      accepts(request.raw).type('html') === 'html';
    if (!isPage) return done();
    reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index);
  });
};

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { mountQueueDashboard } from '../admin/queue-dashboard';
import { useSecurityHeaders } from './security-headers';
import { ApiException } from '../common/errors/api.exception';
import { jsonBodyMiddleware } from '../common/errors/json-body.middleware';
import { inputGuardMiddleware } from '../common/errors/input-guard.middleware';
import { requestIdMiddleware } from '../common/logging/request-id';
import { requestsInFlightMiddleware } from '../common/http/requests-in-flight.middleware';
import { toFieldErrors } from '../common/errors/validation-errors';
import { RedisIoAdapter } from '../common/realtime/redis-io.adapter';
import { AppConfig } from '../config/app-config';
import { MetricsRegistry } from '../metrics/metrics.registry';
import { requestMetricsMiddleware } from '../metrics/request-metrics.middleware';
import { createOpenApiDocument } from './openapi-document';

/** Everything main.ts does to the app before listening; integration tests call it too. */
export const configureApiApp = (app: NestExpressApplication): void => {
  const config = app.get(AppConfig);
  // Prometheus scrapes /metrics, by convention outside the API's own paths.
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useWebSocketAdapter(new RedisIoAdapter(app));
  useSecurityHeaders(app);
  app.use(requestMetricsMiddleware(app.get(MetricsRegistry)));
  app.use(requestsInFlightMiddleware(config.MAX_REQUESTS_IN_FLIGHT));
  app.use(requestIdMiddleware);
  app.use(jsonBodyMiddleware);
  app.use(inputGuardMiddleware);
  // Unsigned cookies: the session token is random and looked up by hash, so a signature would add nothing.
  app.use(cookieParser());
  // Only the configured proxies may name the client's address; per-address rate limits depend on it.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  mountQueueDashboard(app);
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
  if (config.WEB_DIST_DIR) serveWebApp(app, resolve(config.WEB_DIST_DIR));
};

/** Single-host mode: the API serves the built web app, and unknown pages fall back to it (client-side routing). */
const serveWebApp = (app: NestExpressApplication, dir: string): void => {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST_DIR=${dir} has no index.html: build the web app first (npx nx run web:build)`);
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = req.method === 'GET' && !req.path.startsWith('/api/') && !req.path.startsWith('/live') && req.accepts('html') === 'html';
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
};

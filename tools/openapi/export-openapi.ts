/**
 * Writes the API's OpenAPI document to apps/web/src/shared/api/openapi.json, the contract the web
 * client is checked against (apps/web/src/shared/api/openapi-contract.spec.ts) and which an API
 * integration test compares with the live document.
 *
 *   npx nx run-many -t build -p domain api && node --import tsx tools/openapi/export-openapi.ts
 *
 * It loads the built API (apps/api/dist): Swagger reads parameter and body types from decorator
 * metadata, which tsc emits and tsx does not. Nest's preview mode builds the module graph without
 * instantiating a provider, so no database or Redis is needed.
 */
import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { stableOpenApiJson } from './stable-json';

const ROOT = resolve(__dirname, '../..');
const API_DIST = join(ROOT, 'apps/api/dist');
const OPENAPI_FILE = join(ROOT, 'apps/web/src/shared/api/openapi.json');

interface BuiltApi {
  readonly AppModule: { forRoot(config: unknown): unknown };
  readonly parseConfig: (env: Record<string, string>) => unknown;
  readonly createOpenApiDocument: (app: INestApplication) => unknown;
}

const loadBuiltApi = (): BuiltApi => {
  if (!existsSync(join(API_DIST, 'bootstrap/openapi-document.js'))) {
    throw new Error('apps/api/dist is missing or stale: run `npx nx run-many -t build -p domain api` first.');
  }
  /* eslint-disable @typescript-eslint/no-require-imports -- the built API is CommonJS, loaded at run time */
  const { AppModule } = require(join(API_DIST, 'app.module.js')) as Pick<BuiltApi, 'AppModule'>;
  const { parseConfig } = require(join(API_DIST, 'config/load-config.js')) as Pick<BuiltApi, 'parseConfig'>;
  const { createOpenApiDocument } = require(join(API_DIST, 'bootstrap/openapi-document.js')) as Pick<BuiltApi, 'createOpenApiDocument'>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { AppModule, parseConfig, createOpenApiDocument };
};

const main = async (): Promise<void> => {
  const api = loadBuiltApi();
  // Placeholders only: preview mode never connects.
  const config = api.parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://unused@127.0.0.1:1/openapi', REDIS_URL: 'redis://127.0.0.1:1' });
  const app = await NestFactory.create(api.AppModule.forRoot(config) as never, new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix('api');
  const document = api.createOpenApiDocument(app);
  writeFileSync(OPENAPI_FILE, stableOpenApiJson(document));
  await app.close();
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/**
 * The API's OpenAPI document, built from the controllers' decorators. The app must already have
 * its global prefix. Served at /api/docs-json, and exported for the web client's contract check
 * by tools/openapi/export-openapi.ts.
 */
export const createOpenApiDocument = (app: INestApplication): OpenAPIObject =>
  SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Open Proposals API (開放提案)')
      .setDescription('Public participation platform for open government: proposals, co-signs, moderation, task-force decisions, commitments and open data.')
      .setVersion('1')
      .addCookieAuth('op_session')
      .build(),
  );

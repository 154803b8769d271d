import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OPENAPI_REGENERATE_COMMAND, stableOpenApiJson } from '@open-proposals/tools/openapi/stable-json';
import { startTestApi } from '../utils/test-app';

const COMMITTED = join(__dirname, '../../../web/src/shared/api/openapi.json');

type Paths = Record<string, Record<string, unknown>>;

const operations = (document: { paths: Paths }): string[] =>
  Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));

/**
 * The web client is checked against apps/web/src/shared/api/openapi.json; this keeps that file
 * equal to what the API serves, so a changed route cannot slip past the client's contract test.
 */
describe('the committed OpenAPI document', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
  });
  afterAll(() => app.close());

  it('is the document the API serves (regenerate it when routes change)', async () => {
    const response = await fetch(`${baseUrl}/api/docs-json`);
    expect(response.status).toBe(200);
    const live = stableOpenApiJson(await response.json());
    const committed = readFileSync(COMMITTED, 'utf8');

    const liveOps = operations(JSON.parse(live) as { paths: Paths });
    const committedOps = operations(JSON.parse(committed) as { paths: Paths });
    // Routes first, as a readable list; then every detail (schemas, parameters, responses).
    expect({
      missingFromCommittedFile: liveOps.filter((op) => !committedOps.includes(op)),
      goneFromTheApi: committedOps.filter((op) => !liveOps.includes(op)),
      fix: OPENAPI_REGENERATE_COMMAND,
    }).toEqual({ missingFromCommittedFile: [], goneFromTheApi: [], fix: OPENAPI_REGENERATE_COMMAND });
    expect({ identical: live === committed, fix: OPENAPI_REGENERATE_COMMAND }).toEqual({ identical: true, fix: OPENAPI_REGENERATE_COMMAND });
    expect(liveOps).toContain('GET /api/v1/commitments/{id}');
  });
});

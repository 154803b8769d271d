import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { startTestApi } from '../utils/test-app';
import { createFuzzTargets, validPathValue, type FuzzTargets } from './fuzz-targets';
import { operationsOf, type OpenApiDocument } from './openapi-operations';
import { problemsWith } from './response-checks';
import { WriteWatch } from './write-watch';

const WITH_BODY = operationsOf(JSON.parse(readFileSync(join(__dirname, '../../../web/src/shared/api/openapi.json'), 'utf8')) as OpenApiDocument).filter(
  (o) => o.body !== undefined,
);

interface RawCase {
  readonly contentType?: string;
  readonly extraHeaders?: Record<string, string>;
  readonly body: string | Buffer;
  /** The statuses a correct API may answer. */
  readonly expect: readonly number[];
}

const BIG_TEXT = '字'.repeat(60_000);

/** Bodies no client should send: broken JSON, the wrong media type, too much of it. */
const RAW_CASES: Readonly<Record<string, RawCase>> = {
  'truncated JSON': { contentType: 'application/json', body: '{"title":"公開', expect: [400] },
  'single-quoted JSON': { contentType: 'application/json', body: "{'title':'x'}", expect: [400] },
  'JSON with trailing garbage': { contentType: 'application/json', body: '{"title":"x"}garbage', expect: [400] },
  'a bare NUL': { contentType: 'application/json', body: '\u0000', expect: [400] },
  'an escaped NUL in a string': { contentType: 'application/json', body: '{"title":"a\\u0000b","body":"a\\u0000b","reason":"a\\u0000b","note":"a\\u0000b"}', expect: [400] },
  'an escaped lone surrogate': { contentType: 'application/json', body: '{"email":"\\ud800@example.org","title":"\\udc00","body":"\\ud800"}', expect: [400] },
  'a JSON string, not an object': { contentType: 'application/json', body: '"just a string"', expect: [400] },
  'JSON null': { contentType: 'application/json', body: 'null', expect: [400] },
  'nested 40,000 levels deep': { contentType: 'application/json', body: `${'['.repeat(40_000)}${']'.repeat(40_000)}`, expect: [400] },
  'an object nested 20,000 levels deep': { contentType: 'application/json', body: `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, expect: [400, 413] },
  'a body over the 100 kB limit': { contentType: 'application/json', body: JSON.stringify({ title: BIG_TEXT, body: BIG_TEXT }), expect: [413] },
  'a form post': { contentType: 'application/x-www-form-urlencoded', body: 'title=x&body=y', expect: [415] },
  'text/plain holding JSON': { contentType: 'text/plain', body: '{"title":"x"}', expect: [415] },
  'XML': { contentType: 'application/xml', body: '<title>x</title>', expect: [415] },
  'multipart': { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--x--\r\n', expect: [415] },
  'JSON without a content type': { body: Buffer.from('{"title":"x"}'), expect: [415] },
  'JSON in an unsupported charset': { contentType: 'application/json; charset=latin1', body: '{"title":"x"}', expect: [415] },
  'gzip that is not gzip': { contentType: 'application/json', extraHeaders: { 'content-encoding': 'gzip' }, body: 'not gzip at all', expect: [400] },
  'an unknown content encoding': { contentType: 'application/json', extraHeaders: { 'content-encoding': 'br2' }, body: '{}', expect: [415] },
  'a zip bomb over the limit once inflated': {
    contentType: 'application/json',
    extraHeaders: { 'content-encoding': 'gzip' },
    body: gzipSync(JSON.stringify({ title: 'x'.repeat(5_000_000) })),
    expect: [413],
  },
};

describe('raw bodies: malformed JSON, wrong media types and oversized bodies on every operation that takes a body', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let targets: FuzzTargets;
  let watch: WriteWatch;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    const dataSource = app.get(DataSource);
    await seedReferenceData(dataSource);
    targets = await createFuzzTargets(app, baseUrl);
    watch = await WriteWatch.install(dataSource);
  });
  afterAll(async () => {
    await watch?.uninstall();
    await app?.close();
  });

  it('has operations to try', () => {
    expect(WITH_BODY.length).toBeGreaterThan(25);
  });

  it.each(Object.entries(RAW_CASES))('%s: every operation refuses it with a readable JSON error and writes nothing', async (_name, rawCase) => {
    const failures: string[] = [];
    for (const operation of WITH_BODY) {
      let path = operation.template;
      for (const p of operation.pathParams) path = path.replace(`{${p.name}}`, validPathValue(operation.key, p.name, targets));
      const session = targets.staff.client;
      const headers: Record<string, string> = {
        cookie: `op_session=${session.cookie('op_session') ?? ''}; op_csrf=${session.cookie('op_csrf') ?? ''}`,
        'x-csrf-token': session.cookie('op_csrf') ?? '',
        ...(rawCase.contentType === undefined ? {} : { 'content-type': rawCase.contentType }),
        ...rawCase.extraHeaders,
      };
      const mark = await watch.mark();
      const response = await fetch(`${baseUrl}${path}`, { method: operation.method, headers, body: rawCase.body });
      const text = await response.text();
      const body: unknown = response.headers.get('content-type')?.includes('application/json') === true ? JSON.parse(text) : text;
      const problems = problemsWith(operation.key, { status: response.status, body, setCookies: [], headers: response.headers }, response.status >= 400 ? await watch.since(mark) : []);
      if (!rawCase.expect.includes(response.status)) problems.push(`answered ${response.status}, expected ${rawCase.expect.join(' or ')}: ${text.slice(0, 200)}`);
      if (problems.length > 0) failures.push(`${operation.key}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

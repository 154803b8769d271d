/**
 * Baseline: the least a co-sign can cost over HTTP on this machine. A bare node:http server with
 * a pg pool that resolves the session cookie (one indexed read, like the API) and runs the
 * co-sign write as one statement. No framework, validation, audit or realtime: the API's
 * target is half of this.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { cosignStatement, type CounterMode } from './cosign-sql';

const databaseUrl = process.env['DATABASE_URL'] ?? '';
const mode = (process.env['COUNTER_MODE'] ?? 'shard') as CounterMode;
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env['POOL_SIZE'] ?? 10) });
const statement = cosignStatement(mode);
const PATH = /^\/proposals\/([0-9a-f-]{36})\/cosigns$/;

const sessionToken = (cookie: string | undefined): string | null => /(?:^|;\s*)op_session=([^;]+)/.exec(cookie ?? '')?.[1] ?? null;

const server = createServer((req, res) => {
  const answer = (status: number): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(`{"status":${status}}`);
  const match = PATH.exec(req.url ?? '');
  const token = sessionToken(req.headers.cookie);
  req.resume();
  if (req.method !== 'POST' || match?.[1] === undefined) return answer(404);
  if (token === null) return answer(401);
  const proposalId = match[1];
  const sessionId = createHash('sha256').update(token).digest('hex');
  pool
    .query<{ user_id: string }>('SELECT user_id FROM sessions WHERE id = $1 AND expires_at > now()', [sessionId])
    .then(async ({ rows }) => {
      const userId = rows[0]?.user_id;
      if (userId === undefined) return answer(401);
      const { rowCount } = await pool.query(statement, [proposalId, userId]);
      answer(rowCount === 0 ? 200 : 201);
    })
    .catch((error: unknown) => {
      if (process.env['BENCH_DEBUG'] !== undefined) process.stderr.write(`${String(error)}\n`);
      answer(500);
    });
});

server.listen(Number(process.env['PORT']), '127.0.0.1', () => process.send?.('listening'));
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));

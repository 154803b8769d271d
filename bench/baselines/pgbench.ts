import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { countInserted, type CounterMode } from './cosign-sql';

export interface PgbenchResult {
  readonly tps: number;
  readonly latencyAvgMs: number;
  readonly clients: number;
}

/** Debian installs pgbench beside the server binaries, not on PATH. */
export const findPgbench = (): string | null => {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort().reverse()) {
      const candidate = join(root, version, 'bin/pgbench');
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
};

/**
 * The database's ceiling for the same co-sign write: pgbench, closed loop (as fast as it can),
 * each transaction a new person (each client walks its own slice of the bench's people) on one of
 * `proposals`.
 */
export const runPgbench = async (
  binary: string,
  pool: pg.Pool,
  databaseUrl: string,
  { userIds, proposalIds, mode, seconds, clients }: { userIds: readonly string[]; proposalIds: readonly string[]; mode: CounterMode; seconds: number; clients: number },
): Promise<PgbenchResult> => {
  await pool.query(`DROP TABLE IF EXISTS bench_user_ids, bench_proposal_ids`);
  await pool.query(`CREATE TABLE bench_user_ids AS SELECT row_number() OVER () AS n, id FROM unnest($1::uuid[]) id`, [userIds]);
  await pool.query(`CREATE TABLE bench_proposal_ids AS SELECT row_number() OVER () AS n, id FROM unnest($1::uuid[]) id`, [proposalIds]);
  await pool.query(`CREATE UNIQUE INDEX ON bench_user_ids (n); CREATE UNIQUE INDEX ON bench_proposal_ids (n)`);
  // pgbench variables live per client across its transactions: client c walks its own slice of people.
  const stride = Math.floor(userIds.length / clients);
  const script = join(tmpdir(), `bench-cosign-${process.pid}.sql`);
  writeFileSync(
    script,
    `\\set p random(1, ${proposalIds.length})
\\set i :i + 1
\\set u :client_id * ${stride} + :i % ${stride} + 1
WITH target AS (SELECT (SELECT id FROM bench_proposal_ids WHERE n = :p) AS proposal_id, (SELECT id FROM bench_user_ids WHERE n = :u) AS user_id),
ins AS (INSERT INTO cosigns (proposal_id, user_id, verification_tier, created_at) SELECT proposal_id, user_id, 'phone', now() FROM target ON CONFLICT (proposal_id, user_id) DO NOTHING RETURNING proposal_id)
${countInserted(mode).replace(/\s+/g, ' ')};
`,
  );
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(binary, ['-n', '-D', 'i=0', '-f', script, '-c', String(clients), '-j', '2', '-T', String(seconds), databaseUrl]);
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`pgbench exited with ${code}: ${text.slice(-500)}`))));
  });
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? NaN);
  const latencyAvgMs = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1] ?? NaN);
  return { tps: Math.round(tps), latencyAvgMs, clients };
};

import type { BenchPlatform } from '../lib/bench-platform';
import type { BenchUser } from '../lib/seed';
import type { CounterMode } from '../baselines/cosign-sql';
import type { RequestSpec } from '../load/load-plan';

export interface BenchContext {
  readonly quick: boolean;
  readonly platform: BenchPlatform;
  readonly users: readonly BenchUser[];
  readonly cycleId: string;
  readonly proposerId: string;
  readonly counterMode: CounterMode;
  /** Seconds each measured step runs. */
  readonly stepSeconds: number;
  /** Filled by G1 for the scenarios that size their load by it. */
  sustainableRate?: number;
  log(line: string): void;
}

export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  readonly target: string;
  /** The figure compared with the target, as the table shows it. */
  readonly measured: string;
  readonly pass: boolean;
  readonly details: Readonly<Record<string, unknown>>;
}

/** One co-sign request per person, in order, cycling over `proposalIds` (a new person each time). */
export const cosignRequests = (pathPrefix: string, users: readonly BenchUser[], proposalIds: readonly string[], count: number): RequestSpec[] => {
  if (count > users.length) throw new Error(`need ${count} distinct people, the bench made ${users.length}`);
  return Array.from({ length: count }, (_, index) => {
    const user = users[index];
    const proposalId = proposalIds[index % proposalIds.length];
    if (user === undefined || proposalId === undefined) throw new Error('no user or proposal');
    return { method: 'POST', path: `${pathPrefix}/proposals/${proposalId}/cosigns`, headers: user.headers, body: '{}' } as const;
  });
};

export const API_PREFIX = '/api/v1';

/** Rows, official count and not yet flushed shard total of proposals (0 on a build without shards). */
export const tally = async (platform: BenchPlatform, proposalIds: readonly string[]): Promise<{ rows: number; count: number; pending: number }> => {
  const { rows } = await platform.pool.query<{ rows: string; count: string; shards: boolean }>(
    `SELECT (SELECT count(*) FROM cosigns WHERE proposal_id = ANY($1)) AS rows,
            (SELECT coalesce(sum(cosign_count), 0) FROM proposals WHERE id = ANY($1)) AS count,
            to_regclass('cosign_counter_shards') IS NOT NULL AS shards`,
    [proposalIds],
  );
  const pending = rows[0]?.shards
    ? (await platform.pool.query<{ n: string }>('SELECT coalesce(sum(pending), 0) AS n FROM cosign_counter_shards WHERE proposal_id = ANY($1)', [proposalIds])).rows[0]?.n
    : 0;
  return { rows: Number(rows[0]?.rows), count: Number(rows[0]?.count), pending: Number(pending) };
};

/** Waits until nothing is pending (the backstop sweep runs every second) or the time is up. */
export const waitUntilFlushed = async (platform: BenchPlatform, proposalIds: readonly string[], timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && (await tally(platform, proposalIds)).pending > 0) await new Promise((resolve) => setTimeout(resolve, 200));
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

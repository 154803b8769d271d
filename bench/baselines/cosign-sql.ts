/**
 * The co-sign write of the API as one statement, for the baselines: insert under the unique key
 * and count it only when it was new. `row` adds it to the proposal row, as the API did before
 * issue #7 (per co-sign) and does again since session 5 (per batch of co-signs); `shard` adds it
 * to one of 16 shard rows, as the API did in between (`--counter shard` for builds of then).
 */
export type CounterMode = 'row' | 'shard';

/** Counts the rows of a CTE named `ins` (the co-signs just inserted, with their proposal_id). */
export const countInserted = (mode: CounterMode): string =>
  mode === 'row'
    ? 'UPDATE proposals SET cosign_count = cosign_count + 1 WHERE id IN (SELECT proposal_id FROM ins)'
    : `INSERT INTO cosign_counter_shards (proposal_id, shard, pending, last_cosign_at)
       SELECT proposal_id, floor(random() * 16)::int, 1, now() FROM ins
       ON CONFLICT (proposal_id, shard) DO UPDATE SET pending = cosign_counter_shards.pending + 1,
         last_cosign_at = GREATEST(cosign_counter_shards.last_cosign_at, EXCLUDED.last_cosign_at)`;

/** $1 proposal id, $2 user id. */
export const cosignStatement = (mode: CounterMode): string =>
  `WITH ins AS (INSERT INTO cosigns (proposal_id, user_id, verification_tier, created_at) VALUES ($1, $2, 'phone', now())
   ON CONFLICT (proposal_id, user_id) DO NOTHING RETURNING proposal_id) ${countInserted(mode)}`;

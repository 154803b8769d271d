import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * Chaos data written straight into the database, set-based, because the API has no bulk path:
 * phone-verified citizens, each with a session made the way SessionService.login makes one (a
 * random token stored as its SHA-256), so the load can authenticate as distinct people without
 * an argon2 login each. Proposals are published as a moderator's publish leaves them: open, with
 * their ProposalPublished event in the outbox, so the worker schedules their deadline itself.
 */

const CSRF = randomBytes(32).toString('base64url');

export interface Citizen {
  readonly id: string;
  /** Cookie and header a request of this person sends. */
  readonly headers: Readonly<Record<string, string>>;
}

let nextCitizen = 1;

export const createCitizens = async (pool: pg.Pool, count: number): Promise<Citizen[]> => {
  const first = nextCitizen;
  nextCitizen += count;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, password_hash, display_name, email_verified_at, phone, phone_verified_at)
     SELECT 'chaos' || g || '@chaos.test', 'not-a-hash', '附議者 ' || g, now(), '+8869' || lpad(g::text, 8, '0'), now()
     FROM generate_series($1::int, $2::int) g ORDER BY g RETURNING id`,
    [first, first + count - 1],
  );
  const ids = rows.map((row) => row.id);
  await pool.query(`INSERT INTO user_roles (user_id, kind) SELECT unnest($1::uuid[]), 'citizen'`, [ids]);
  const tokens = ids.map(() => randomBytes(32).toString('base64url'));
  const sessionIds = tokens.map((token) => createHash('sha256').update(token).digest('hex'));
  await pool.query(
    `INSERT INTO sessions (id, user_id, csrf_token, expires_at) SELECT unnest($1::text[]), unnest($2::uuid[]), $3, now() + interval '1 day'`,
    [sessionIds, ids, CSRF],
  );
  return ids.map((id, index) => ({
    id,
    headers: { cookie: `op_session=${tokens[index] ?? ''}; op_csrf=${CSRF}`, 'x-csrf-token': CSRF },
  }));
};

/** A participation cycle of the test's own, where co-signs keep accumulating after the threshold. */
export const createCycle = async (pool: pg.Pool, threshold: number): Promise<string> => {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO participation_cycles (code, title_zh_tw, title_en, threshold, cosign_window_days, review_working_days, agency_response_days, cosigns_accumulate_after_threshold)
     VALUES ('chaos-' || gen_random_uuid(), '混沌測試', 'Chaos', $1, 60, 5, 60, true) RETURNING id`,
    [threshold],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('no cycle created');
  return id;
};

export const anyAgencyId = async (pool: pg.Pool): Promise<string> => {
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM agencies ORDER BY code LIMIT 1');
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('no agency seeded: did the migration seed the reference data?');
  return id;
};

/**
 * `count` open proposals whose co-sign window ends `windowMs` from now, each with the outbox
 * event a publish writes (ProposalPublished with its cosignDeadline) and its audit row.
 */
export const publishProposals = async (
  pool: pg.Pool,
  options: { cycleId: string; proposerId: string; agencyId: string; count: number; windowMs: number; threshold: number },
): Promise<string[]> => {
  const { rows } = await pool.query<{ id: string; published_at: Date; cosign_deadline: Date }>(
    `INSERT INTO proposals (cycle_id, proposer_id, status, title, background, body, expected_benefits, area_code, suggested_agency_ids,
                            submitted_at, published_at, cosign_deadline)
     SELECT $1, $2, 'open', '混沌測試提議第' || g || '號', '現況說明', '具體建議', '預期效益', 'general', ARRAY[$3::uuid],
            now() - interval '1 day', now(), now() + make_interval(secs => $5::double precision / 1000)
     FROM generate_series(1, $4::int) g ORDER BY g RETURNING id, published_at, cosign_deadline`,
    [options.cycleId, options.proposerId, options.agencyId, options.count, options.windowMs],
  );
  const events = rows.map((row) => ({
    type: 'ProposalPublished',
    proposalId: row.id,
    occurredAt: row.published_at.toISOString(),
    actorId: null,
    publishedAt: row.published_at.toISOString(),
    cosignDeadline: row.cosign_deadline.toISOString(),
    threshold: options.threshold,
  }));
  await pool.query(
    `INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, occurred_at)
     SELECT 'ProposalPublished', 'proposal', e->>'proposalId', e, (e->>'occurredAt')::timestamptz FROM jsonb_array_elements($1::jsonb) e`,
    [JSON.stringify(events)],
  );
  await pool.query(
    `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, before, after, reason, occurred_at)
     SELECT NULL, 'proposal.publish', 'proposal', e->>'proposalId', '{"status":"in_review"}'::jsonb, '{"status":"open"}'::jsonb, NULL, (e->>'occurredAt')::timestamptz
     FROM jsonb_array_elements($1::jsonb) e`,
    [JSON.stringify(events)],
  );
  return rows.map((row) => row.id);
};

/** Per proposal, how many rows a query finds; the query takes the ids as $1 and answers (id, n). */
export const countPer = async (pool: pg.Pool, sql: string, ids: readonly string[]): Promise<Map<string, number>> => {
  const { rows } = await pool.query<{ id: string; n: string }>(sql, [ids]);
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const row of rows) counts.set(row.id, Number(row.n));
  return counts;
};

/** The ids whose count is not `expected`, with their counts (an empty list is the pass). */
export const notExactly = (counts: ReadonlyMap<string, number>, expected: number): string[] =>
  [...counts].filter(([, n]) => n !== expected).map(([id, n]) => `${id}:${n}`);

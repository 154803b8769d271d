import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * Bench data written straight into the database, set-based (generate_series), because the API
 * has no bulk path: thousands of phone-verified citizens each with a session made the way
 * SessionService.login makes one (a random token, stored as its SHA-256), so the load can
 * authenticate as distinct people without an argon2 login each.
 */

export const BENCH_CSRF = randomBytes(32).toString('base64url');

export interface BenchUser {
  readonly id: string;
  /** Cookie and header a request of this person sends. */
  readonly headers: Readonly<Record<string, string>>;
}

export const createCitizens = async (pool: pg.Pool, first: number, count: number): Promise<BenchUser[]> => {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, password_hash, display_name, email_verified_at, phone, phone_verified_at)
     SELECT 'bench' || g || '@bench.test', 'not-a-hash', '附議者 ' || g, now(), '+8869' || lpad(g::text, 8, '0'), now()
     FROM generate_series($1::int, $2::int) g ORDER BY g RETURNING id`,
    [first, first + count - 1],
  );
  const ids = rows.map((row) => row.id);
  // A phone key as phone verification gives one (its shape; the HMAC itself does not matter here),
  // so co-signs copy a key and fill the (proposal, phone key) unique index as in production.
  // Builds from before phone keys (--api-root) have no such column.
  const { rows: keyed } = await pool.query<{ has: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'phone_key') AS has`,
  );
  if (keyed[0]?.has === true) await pool.query(`UPDATE users SET phone_key = md5(phone) WHERE id = ANY($1::uuid[])`, [ids]);
  await pool.query(`INSERT INTO user_roles (user_id, kind) SELECT unnest($1::uuid[]), 'citizen'`, [ids]);
  const tokens = ids.map(() => randomBytes(32).toString('base64url'));
  const sessionIds = tokens.map((token) => createHash('sha256').update(token).digest('hex'));
  await pool.query(
    `INSERT INTO sessions (id, user_id, csrf_token, expires_at) SELECT unnest($1::text[]), unnest($2::uuid[]), $3, now() + interval '1 day'`,
    [sessionIds, ids, BENCH_CSRF],
  );
  return ids.map((id, index) => ({
    id,
    headers: { cookie: `op_session=${tokens[index] ?? ''}; op_csrf=${BENCH_CSRF}`, 'x-csrf-token': BENCH_CSRF },
  }));
};

/** A participation cycle of the bench's own, with the given threshold. */
export const createCycle = async (pool: pg.Pool, threshold: number): Promise<string> => {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO participation_cycles (code, title_zh_tw, title_en, threshold, cosign_window_days, review_working_days, agency_response_days, cosigns_accumulate_after_threshold)
     VALUES ('bench-' || gen_random_uuid(), '壓力測試', 'Bench', $1, 60, 5, 60, true) RETURNING id`,
    [threshold],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('no cycle created');
  return id;
};

const TOPICS = ['開放資料', '公共運輸', '長期照顧', '空氣品質', '數位身分', '青年住宅', '食品安全', '能源轉型', '校園午餐', '動物保護'];

/** Open proposals, published yesterday, with Chinese titles and text that search can find. */
export const createProposals = async (pool: pg.Pool, cycleId: string, proposerId: string, count: number): Promise<string[]> => {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO proposals (cycle_id, proposer_id, status, title, background, body, expected_benefits, area_code,
                            submitted_at, published_at, cosign_deadline)
     SELECT $1, $2, 'open', '推動' || t.topic || '改善方案第' || g || '號',
            '目前' || t.topic || '的資訊不夠透明，民眾難以參與。', '建議政府公開' || t.topic || '相關資料並定期檢討。',
            '提升' || t.topic || '的品質與信任。', 'general',
            now() - interval '2 days', now() - interval '1 day', now() + interval '59 days'
     FROM generate_series(1, $3::int) g CROSS JOIN LATERAL (SELECT ($4::text[])[1 + g % $5] AS topic) t
     ORDER BY g RETURNING id`,
    [cycleId, proposerId, count, TOPICS, TOPICS.length],
  );
  return rows.map((row) => row.id);
};

import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { MIGRATIONS } from '../../src/database/migrations';
import { assertTestDatabaseName } from '@open-proposals/tools/platform/databases';
import { testConfig } from '../utils/test-app';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(testConfig().DATABASE_URL, 2)).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('were all applied by the global setup, in order', async () => {
    const rows = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('leave the schema exactly as the entities describe it (nothing left to generate)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('index sessions by expiry, the column the retention sweep deletes by', async () => {
    const rows = await dataSource.query<{ indexdef: string }[]>(
      "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'sessions' AND indexname = 'idx_sessions_expires_at'",
    );
    expect(rows.map((r) => r.indexdef)).toEqual([expect.stringMatching(/ON public\.sessions USING btree \(expires_at\)$/)]);
  });

  it.each([
    ['verification_codes', 'idx_verification_codes_expires', /USING btree \(expires_at\)$/],
    ['dev_outbox_messages', 'idx_dev_outbox_messages_created', /USING btree \(created_at\)$/],
    ['outbox', 'idx_outbox_published', /USING btree \(published_at\) WHERE \(published_at IS NOT NULL\)$/],
    ['notifications', 'idx_notifications_emailed_created', /USING btree \(created_at\) WHERE \(emailed_at IS NOT NULL\)$/],
  ])('index %s by the column the retention sweep deletes by (%s)', async (table, index, definition) => {
    const rows = await dataSource.query<{ indexdef: string }[]>(
      "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1 AND indexname = $2",
      [table, index],
    );
    expect(rows.map((r) => r.indexdef)).toEqual([expect.stringMatching(definition)]);
  });

  it('index by age only the co-signs that still hold IP-prefix signals, the rows the retention sweep clears', async () => {
    const rows = await dataSource.query<{ indexdef: string }[]>(
      "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'cosigns' AND indexname = 'idx_cosigns_signals_created'",
    );
    expect(rows.map((r) => r.indexdef)).toEqual([
      expect.stringMatching(/USING btree \(created_at\) WHERE \(\(ip_prefix_hash IS NOT NULL\) OR \(ip_prefix_masked IS NOT NULL\)\)$/),
    ]);
  });

  it('hold one co-sign per proposal and phone key, in a unique index left valid by its concurrent build', async () => {
    const rows = await dataSource.query<{ indexdef: string; valid: boolean }[]>(
      `SELECT i.indexdef, x.indisvalid AS valid FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
       WHERE i.schemaname = 'public' AND i.tablename = 'cosigns' AND i.indexname = 'uq_cosigns_proposal_phone_key'`,
    );
    expect(rows).toEqual([{ indexdef: expect.stringMatching(/^CREATE UNIQUE INDEX .* USING btree \(proposal_id, phone_key\)$/) as string, valid: true }]);
  });

  it('can all be reverted, leaving no table behind, and re-applied', async () => {
    // Reverting every migration (not only the last) keeps this test valid whichever migration is newest.
    for (let i = 0; i < MIGRATIONS.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const left = await dataSource.query<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
    );
    expect(left.map((t) => t.table_name)).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});

describe('the test database guard', () => {
  it.each(['open_proposals', 'postgres', 'production'])('refuses %s', (name) => {
    expect(() => assertTestDatabaseName(name)).toThrow('refusing to use database');
  });

  it('accepts a name with "test"', () => {
    expect(() => assertTestDatabaseName('op_test_abc')).not.toThrow();
  });
});

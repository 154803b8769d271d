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

  it('can be reverted and re-applied', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    const afterUndo = await dataSource.query<{ n: string }[]>("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'areas'");
    expect(afterUndo[0]?.n).toBe('0');
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

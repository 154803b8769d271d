import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase, newTestRunId } from '@open-proposals/tools/platform/databases';
import { TEST_RUN_ENV, testServices } from './test-environment';

/** One fresh database and one Redis key prefix per run, with the real migrations applied. */
export default async function globalSetup(): Promise<void> {
  const { serverUrl } = testServices();
  const runId = newTestRunId();
  const database = `op_test_${runId}`;
  const url = await createTestDatabase(serverUrl, database);
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  process.env[TEST_RUN_ENV.database] = database;
  process.env[TEST_RUN_ENV.redisPrefix] = `op-test-${runId}`;
}

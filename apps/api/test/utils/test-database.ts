import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The guard of every test tier: tests create, migrate and drop databases, so never one that is not theirs. */
export const assertTestDatabaseName = (name: string): void => {
  if (!/test/.test(name) || !/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`refusing to use database "${name}": test databases must be named with "test" (lowercase, [a-z0-9_])`);
  }
};

export const newTestRunId = (): string => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export const withDatabase = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

const adminQuery = async (serverUrl: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

export const createTestDatabase = async (serverUrl: string, name: string): Promise<string> => {
  assertTestDatabaseName(name);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  return withDatabase(serverUrl, name);
};

export const dropTestDatabase = async (serverUrl: string, name: string): Promise<void> => {
  assertTestDatabaseName(name);
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
};

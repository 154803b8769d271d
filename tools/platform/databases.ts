import { randomBytes } from 'node:crypto';
import pg from 'pg';

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Replaces the database of a server URL. */
export const withDatabase = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

const adminQuery = async <T extends pg.QueryResultRow>(serverUrl: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult<T>> => {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await client.query<T>(sql, values);
  } finally {
    await client.end();
  }
};

const assertSafeName = (name: string): void => {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name "${name}": use lowercase letters, digits and "_"`);
};

/** Creates a database unless it exists; the server URL may name any database the user can reach. */
export const ensureDatabase = async (serverUrl: string, database: string): Promise<void> => {
  assertSafeName(database);
  const { rowCount } = await adminQuery(serverUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (rowCount === 0) await adminQuery(serverUrl, `CREATE DATABASE "${database}"`);
};

/** The guard of every test tier: tests create, migrate and drop databases, so never one that is not theirs. */
export const assertTestDatabaseName = (name: string): void => {
  assertSafeName(name);
  if (!name.includes('test')) throw new Error(`refusing to use database "${name}": test databases must have "test" in their name`);
};

export const newTestRunId = (): string => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export const createTestDatabase = async (serverUrl: string, name: string): Promise<string> => {
  assertTestDatabaseName(name);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  return withDatabase(serverUrl, name);
};

export const dropTestDatabase = async (serverUrl: string, name: string): Promise<void> => {
  assertTestDatabaseName(name);
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
};

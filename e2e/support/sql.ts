import pg from 'pg';
import { databaseUrl } from './e2e-environment';

/** One query on the test database, for setting up what no screen does and checking what a screen did. */
export const sql = async <T extends object>(text: string, params: unknown[] = []): Promise<T[]> => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
};

import type { DataSourceOptions } from 'typeorm';
import { ORM_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * A connection that PostgreSQL terminates (failover, restart, pg_terminate_backend) emits 'error'
 * on its pg Client; with no listener at that moment Node ends the whole process. pg-pool and
 * TypeORM each listen only part of the time (idle, or held by a query runner), and a
 * termination between their hand-offs crashed the API in the chaos test (issue 8c). This
 * listener stays for the client's life; the pool still drops the broken client, and the request
 * that used it fails and is answered 503.
 */
const listenForConnectionErrors = (client: { on(event: 'error', listener: (error: Error) => void): unknown }): void => {
  client.on('error', () => undefined);
};

/** The one description of how the application talks to PostgreSQL; never `synchronize`. */
export const dataSourceOptions = (databaseUrl: string, poolSize = 10): DataSourceOptions => ({
  type: 'postgres',
  url: databaseUrl,
  entities: ORM_ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  extra: { max: poolSize, application_name: 'open-proposals', onConnect: listenForConnectionErrors },
});

import type { DataSourceOptions } from 'typeorm';
import { ORM_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one description of how the application talks to PostgreSQL; never `synchronize`. */
export const dataSourceOptions = (databaseUrl: string, poolSize = 10): DataSourceOptions => ({
  type: 'postgres',
  url: databaseUrl,
  entities: ORM_ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  extra: { max: poolSize, application_name: 'open-proposals' },
});

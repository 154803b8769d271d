import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runOrExplain } from './bootstrap/run-or-explain';
import { loadConfig } from './config/load-config';
import { backfillPhoneKeys } from './database/backfills/phone-keys.backfill';
import { dataSourceOptions } from './database/data-source-options';
import { seedDemoData } from './database/seed/demo-data.seed';
import { seedReferenceData } from './database/seed/reference-data.seed';

/**
 * Applies pending migrations, then the idempotent reference data, then (development only, on a
 * platform without proposals) the demo data, then the phone keys that need the secret (which the
 * migrations do not have). Run before the API and the worker start.
 */
runOrExplain(async () => {
  const config = loadConfig();
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL, 2)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await seedReferenceData(dataSource);
    const demo = await seedDemoData(dataSource, config.NODE_ENV);
    // After the demo data, whose citizens have verified numbers written without keys: they get theirs now.
    const phoneKeys = await backfillPhoneKeys(dataSource, config.cosignFingerprintSecret);
    process.stdout.write(`${JSON.stringify({ level: 30, name: 'migrate', msg: 'phone keys backfilled', ...phoneKeys })}\n`);
    process.stdout.write(`${JSON.stringify({ level: 30, name: 'migrate', msg: 'database ready', applied: applied.map((m) => m.name), demo })}\n`);
  } finally {
    await dataSource.destroy();
  }
});

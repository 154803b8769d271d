import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run migration:generate -- <Name>`): generate, read, then commit. */
export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));

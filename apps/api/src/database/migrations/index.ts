import { InitialSchema1795910400000 } from './1795910400000-initial-schema';

/** Every migration, oldest first. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [InitialSchema1795910400000];

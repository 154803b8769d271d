/** PostgreSQL's deadlock_detected: it rolled back one of the transactions in the cycle. */
const DEADLOCK_DETECTED = '40P01';

/** Tries of a statement that PostgreSQL broke a deadlock with; each loser usually wins the next try. */
export const DEADLOCK_ATTEMPTS = 3;

/** Whether an error is PostgreSQL breaking a deadlock (TypeORM's QueryFailedError copies the driver's code). */
export const isDeadlock = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DEADLOCK_DETECTED;

/**
 * Runs a statement again when PostgreSQL chose it to break a deadlock. Only for a statement that
 * is its own transaction: PostgreSQL rolled all of it back, so running it again cannot store
 * anything twice. Any other error, or a deadlock on the last try, is the caller's.
 */
export const retryOnDeadlock = async <T>(statement: () => Promise<T>, attempts = DEADLOCK_ATTEMPTS): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await statement();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
    }
  }
};

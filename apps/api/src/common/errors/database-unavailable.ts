/**
 * Whether an error means PostgreSQL could not be reached or dropped the connection (a failover, a
 * restart, a DBA terminating backends, the pool unable to connect), or rolled a transaction back
 * to break a deadlock, as opposed to a bug or a refused statement. Such a request is answered 503
 * with Retry-After: the transaction it ran in rolled back (or, if the connection died during
 * COMMIT, the retry finds the stored row, because every write is keyed), so trying again is the
 * right advice, and a 500 would be a false alarm.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, in recovery
  '53300', // too_many_connections
  // Rolled back whole to let others through: nothing was written, so trying again is right too.
  '40P01', // deadlock_detected (a co-sign statement gets DEADLOCK_ATTEMPTS tries first)
  '40001', // serialization_failure
]);

/** Messages of node-postgres and pg-pool for a connection that is gone or never came. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /is not queryable/i,
  /\bECONNREFUSED\b|\bECONNRESET\b|\bEPIPE\b|\bETIMEDOUT\b/,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

const fieldOf = (value: unknown, field: string): unknown =>
  typeof value === 'object' && value !== null && field in value ? (value as Record<string, unknown>)[field] : undefined;

/**
 * TypeORM releases a query runner whose connection emitted an error; the request's next query on
 * it (or on the transaction's entity manager) then fails with one of these instead of a driver
 * error. No code here releases a runner by hand (WriteTransactions and the repositories leave
 * that to TypeORM), so they only mean a lost connection.
 */
const RELEASED_BY_CONNECTION_LOSS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

export const isDatabaseUnavailable = (error: unknown): boolean => {
  if (error instanceof Error && RELEASED_BY_CONNECTION_LOSS.has(error.name)) return true;
  // TypeORM's QueryFailedError copies the driver's fields and keeps the original as driverError.
  for (const candidate of [error, fieldOf(error, 'driverError'), fieldOf(error, 'cause')]) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const code = fieldOf(candidate, 'code');
    // Class 08: connection exception (08000, 08003, 08006, …).
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || /^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT)$/.test(code))) return true;
    const message = fieldOf(candidate, 'message');
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
};

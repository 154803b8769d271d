import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const pgError = (message: string, code?: string): Error => Object.assign(new Error(message), code === undefined ? {} : { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a terminated backend (pg_terminate_backend)', new QueryFailedError('SELECT 1', [], pgError('terminating connection due to administrator command', '57P01'))],
    ['a server starting up', pgError('the database system is starting up', '57P03')],
    ['too many connections', pgError('sorry, too many clients already', '53300')],
    ['a connection exception', pgError('connection failure', '08006')],
    ['a socket that closed', pgError('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', pgError('timeout exceeded when trying to connect')],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a query runner TypeORM released when its connection died', new QueryRunnerAlreadyReleasedError()],
    ['a transaction manager whose connection TypeORM released', new QueryRunnerProviderAlreadyReleasedError()],
    ['a client broken earlier', pgError('Client has encountered a connection error and is not queryable')],
    ['a statement rolled back to break a deadlock', new QueryFailedError('WITH …', [], pgError('deadlock detected', '40P01'))],
    ['a serialization failure', pgError('could not serialize access due to concurrent update', '40001')],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('duplicate key value violates unique constraint', '23505'))],
    ['a syntax error', pgError('syntax error at or near "SELEC"', '42601')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'boom'],
  ])('leaves %s to the usual answer', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

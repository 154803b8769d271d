import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { ApiException } from '../errors/api.exception';
import { requestsInFlightMiddleware } from './requests-in-flight.middleware';

const request = (path = '/api/v1/proposals/p/cosigns'): Request => ({ path }) as Request;
const answer = (): Response & EventEmitter => new EventEmitter() as Response & EventEmitter;

/** Runs the middleware on one request and tells what it passed to next. */
const pass = (middleware: ReturnType<typeof requestsInFlightMiddleware>, req: Request, res: Response): unknown => {
  let given: unknown = 'not called';
  middleware(req, res, ((error?: unknown) => (given = error)) as NextFunction);
  return given;
};

describe('requestsInFlightMiddleware', () => {
  it('lets requests through up to the limit and refuses the next with server_busy until one ends', () => {
    const middleware = requestsInFlightMiddleware(2);
    const first = answer();
    expect(pass(middleware, request(), first)).toBeUndefined();
    expect(pass(middleware, request(), answer())).toBeUndefined();
    const refused = pass(middleware, request(), answer());
    expect(refused).toBeInstanceOf(ApiException);
    expect((refused as ApiException).code).toBe('server_busy');
    first.emit('finish');
    expect(pass(middleware, request(), answer())).toBeUndefined();
  });

  it('counts a request once when both finish and close fire, and frees its place when the client goes away', () => {
    const middleware = requestsInFlightMiddleware(1);
    const gone = answer();
    expect(pass(middleware, request(), gone)).toBeUndefined();
    gone.emit('close');
    gone.emit('close');
    const done = answer();
    expect(pass(middleware, request(), done)).toBeUndefined();
    done.emit('finish');
    done.emit('close');
    expect(pass(middleware, request(), answer())).toBeUndefined();
    expect(pass(middleware, request(), answer())).toBeInstanceOf(ApiException);
  });

  it('never refuses health checks or /metrics, and a limit of 0 refuses nothing', () => {
    const full = requestsInFlightMiddleware(1);
    pass(full, request(), answer());
    expect(pass(full, request('/api/health/ready'), answer())).toBeUndefined();
    expect(pass(full, request('/metrics'), answer())).toBeUndefined();
    const off = requestsInFlightMiddleware(0);
    for (let i = 0; i < 5; i += 1) expect(pass(off, request(), answer())).toBeUndefined();
  });
});

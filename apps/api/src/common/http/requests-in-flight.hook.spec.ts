import { EventEmitter } from 'node:events';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiException } from '../errors/api.exception';
import { requestsInFlightHook } from './requests-in-flight.hook';

const request = (url = '/api/v1/proposals/p/cosigns'): FastifyRequest => ({ url }) as FastifyRequest;
const answer = (): FastifyReply & { raw: EventEmitter } => ({ raw: new EventEmitter() }) as unknown as FastifyReply & { raw: EventEmitter };

/** Runs the hook on one request and tells what it passed to done. */
const pass = (hook: ReturnType<typeof requestsInFlightHook>, req: FastifyRequest, reply: FastifyReply): unknown => {
  let given: unknown = 'not called';
  hook(req, reply, (error?: unknown) => (given = error));
  return given;
};

describe('requestsInFlightHook', () => {
  it('lets requests through up to the limit and refuses the next with server_busy until one ends', () => {
    const hook = requestsInFlightHook(2);
    const first = answer();
    expect(pass(hook, request(), first)).toBeUndefined();
    expect(pass(hook, request(), answer())).toBeUndefined();
    const refused = pass(hook, request(), answer());
    expect(refused).toBeInstanceOf(ApiException);
    expect((refused as ApiException).code).toBe('server_busy');
    first.raw.emit('finish');
    expect(pass(hook, request(), answer())).toBeUndefined();
  });

  it('counts a request once when both finish and close fire, and frees its place when the client goes away', () => {
    const hook = requestsInFlightHook(1);
    const gone = answer();
    expect(pass(hook, request(), gone)).toBeUndefined();
    gone.raw.emit('close');
    gone.raw.emit('close');
    const done = answer();
    expect(pass(hook, request(), done)).toBeUndefined();
    done.raw.emit('finish');
    done.raw.emit('close');
    expect(pass(hook, request(), answer())).toBeUndefined();
    expect(pass(hook, request(), answer())).toBeInstanceOf(ApiException);
  });

  it('never refuses health checks or /metrics, and a limit of 0 refuses nothing', () => {
    const full = requestsInFlightHook(1);
    pass(full, request(), answer());
    expect(pass(full, request('/api/health/ready'), answer())).toBeUndefined();
    expect(pass(full, request('/metrics'), answer())).toBeUndefined();
    const off = requestsInFlightHook(0);
    for (let i = 0; i < 5; i += 1) expect(pass(off, request(), answer())).toBeUndefined();
  });
});

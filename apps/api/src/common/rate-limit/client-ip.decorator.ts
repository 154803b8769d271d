import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { limitedAddress } from './client-address';

/**
 * The client's address as rate limits count it. `req.ip` honours only the proxies TRUST_PROXY
 * names, so a client cannot choose its address with its own X-Forwarded-For header.
 */
export const ClientIp = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  return limitedAddress(request.ip);
});

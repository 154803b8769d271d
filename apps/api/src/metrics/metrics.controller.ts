import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ApiException } from '../common/errors/api.exception';
import { AppConfig } from '../config/app-config';
import { MetricsRegistry } from './metrics.registry';

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** GET /metrics for Prometheus (outside /api and the OpenAPI document: it is for operators, not the public). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: FastifyReply): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (token !== undefined && !sameToken(authorization ?? '', `Bearer ${token}`)) throw new ApiException('metrics_token_required');
    res.header('Content-Type', this.metrics.registry.contentType).header('Cache-Control', 'no-store');
    return this.metrics.render();
  }
}

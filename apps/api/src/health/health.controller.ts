import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RETRY_AFTER_SECONDS } from '../common/errors/all-exceptions.filter';
import { HealthService, type HealthReport, type LivenessReport, type ReadinessReport } from './health.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Health of the database, Redis, the queues and the worker' })
  @ApiResponse({ status: 200, description: 'Everything is up' })
  @ApiResponse({ status: 503, description: 'Something is down; the body says what' })
  async check(@Res({ passthrough: true }) res: FastifyReply): Promise<HealthReport> {
    const report = await this.health.report();
    res.status(report.status === 'ok' ? 200 : 503).header('Cache-Control', 'no-store');
    return report;
  }

  /**
   * For an orchestrator's liveness probe: the process and its event loop answer. It checks no
   * dependency, so an outage of PostgreSQL or Redis never gets every node restarted at once.
   */
  @Get('live')
  @ApiOperation({ summary: 'Liveness: this process answers (no dependency is checked)' })
  @ApiResponse({ status: 200, description: 'The process is alive' })
  live(@Res({ passthrough: true }) res: FastifyReply): LivenessReport {
    res.header('Cache-Control', 'no-store');
    return this.health.liveness();
  }

  /**
   * For a readiness probe: this API node can serve requests, i.e. PostgreSQL answers. Redis and
   * the worker are left out on purpose: co-signs and reads go on without them (the outbox keeps
   * the work), so their outage must not take every API node out of the load balancer.
   */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: this API node can serve (PostgreSQL answers); Redis and the worker are reported by /api/health' })
  @ApiResponse({ status: 200, description: 'Ready to serve' })
  @ApiResponse({ status: 503, description: 'PostgreSQL does not answer; Retry-After says when to ask again' })
  async ready(@Res({ passthrough: true }) res: FastifyReply): Promise<ReadinessReport> {
    const report = await this.health.readiness();
    res.status(report.status === 'ok' ? 200 : 503).header('Cache-Control', 'no-store');
    if (report.status !== 'ok') res.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return report;
  }
}

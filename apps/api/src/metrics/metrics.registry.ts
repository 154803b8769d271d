import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { HealthService } from '../health/health.service';

/** Status classes rather than codes keep the series few; the route label is the router's pattern, never the raw URL. */
const statusClass = (status: number): string => `${Math.floor(status / 100)}xx`;

/**
 * This API node's Prometheus metrics: Node's own (event-loop lag, heap, GC, handles), request
 * durations per route pattern, and whether each dependency answers, checked at scrape time.
 * A registry per app rather than prom-client's global one, so that several apps in one process
 * (the integration tests) do not register the same metric twice.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status class',
    labelNames: ['method', 'route', 'status_class'] as const,
    // From a cached read to a co-sign on a busy node; the co-sign target is p99 ≤ 250 ms (issue 7).
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly broadcasts = new Histogram({
    name: 'op_realtime_broadcast_duration_seconds',
    help: 'From a live event reaching this node to its last socket written (broadcasts are written 20 ms at a time), by room size',
    labelNames: ['sockets'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor(health: HealthService) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'op_dependency_up',
      help: '1 when the dependency answers (database, redis, queues, worker, outbox), as /api/health reports it',
      labelNames: ['dependency'] as const,
      registers: [this.registry],
      async collect() {
        const { checks } = await health.report();
        for (const [dependency, check] of Object.entries(checks)) this.set({ dependency }, check.status === 'up' ? 1 : 0);
      },
    });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requests.observe({ method, route, status_class: statusClass(status) }, seconds);
  }

  /** Room sizes in decades keep the series few. */
  observeBroadcast(milliseconds: number, sockets: number): void {
    const size = sockets < 10 ? '1-9' : sockets < 100 ? '10-99' : sockets < 1000 ? '100-999' : '1000+';
    this.broadcasts.observe({ sockets: size }, milliseconds / 1000);
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

import { Injectable } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { weakEtag } from './http-cache';
import { StatsRepository } from './stats.repository';
import type { PlatformStats } from './stats.view';

export interface TaggedStats {
  readonly stats: PlatformStats;
  readonly etag: string;
}

/**
 * The statistics with their ETag (a hash of the figures, so it changes exactly when a figure
 * does). Requests that arrive while the figures are being computed share that computation, so
 * a refresh storm runs the aggregates once per round, not once per reader; between rounds the
 * 60-second Cache-Control lets browsers and proxies answer.
 */
@Injectable()
export class StatsService {
  private inFlight: Promise<TaggedStats> | null = null;

  constructor(
    private readonly repository: StatsRepository,
    private readonly clock: Clock,
  ) {}

  current(): Promise<TaggedStats> {
    this.inFlight ??= this.compute().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async compute(): Promise<TaggedStats> {
    const now = this.clock.now();
    const figures = await this.repository.figures(now);
    return { stats: { generatedAt: now.toISOString(), ...figures }, etag: weakEtag('stats', JSON.stringify(figures)) };
  }
}

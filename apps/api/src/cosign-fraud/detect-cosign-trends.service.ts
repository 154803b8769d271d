import { Injectable } from '@nestjs/common';
import { isTrending, realtimeRooms } from '@open-proposals/domain';
import { RealtimePublisher } from '../common/realtime/realtime-publisher';
import { AppConfig } from '../config/app-config';
import { CosignAlertsRepository } from './cosign-alerts.repository';

export interface DetectionSummary {
  readonly trending: number;
  readonly raised: number;
}

/**
 * Finds trending co-sign sources (the scheduled job) and keeps one alert per source; moderators
 * hear of an alert live when it is raised, not on every run that sees it again.
 */
@Injectable()
export class DetectCosignTrendsService {
  constructor(
    private readonly config: AppConfig,
    private readonly alerts: CosignAlertsRepository,
    private readonly realtime: RealtimePublisher,
  ) {}

  async run(now = new Date()): Promise<DetectionSummary> {
    const thresholds = { minCount: this.config.COSIGN_TREND_MIN_COUNT, minSharePercent: this.config.COSIGN_TREND_MIN_SHARE_PERCENT };
    const since = new Date(now.getTime() - this.config.COSIGN_TREND_WINDOW_MINUTES * 60_000);
    const sources = await this.alerts.sourcesSince(since, thresholds.minCount, this.config.cosignTrendIgnoredDomains);
    const trending = sources.filter((source) => isTrending(source, thresholds));
    let raised = 0;
    for (const source of trending) {
      const alert = await this.alerts.upsert(source, now);
      if (alert === null || !alert.raised) continue;
      raised += 1;
      this.realtime.publish(
        'moderation.cosign_alert',
        { alertId: alert.id, proposalId: source.proposalId, kind: source.kind, source: source.sourceLabel, windowCount: source.count },
        realtimeRooms.moderators,
      );
    }
    return { trending: trending.length, raised };
  }
}

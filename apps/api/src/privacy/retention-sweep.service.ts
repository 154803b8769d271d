import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { RETENTION_TABLES, RetentionRepository, type RetentionCutoffs, type RetentionTable } from './retention.repository';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The cutoffs the configured retention periods give at `now`. */
export const retentionCutoffs = (config: AppConfig, now: Date): RetentionCutoffs => ({
  codesExpiredBefore: new Date(now.getTime() - config.RETENTION_CODES_HOURS * HOUR),
  sessionsExpiredBefore: new Date(now.getTime() - config.RETENTION_EXPIRED_SESSIONS_DAYS * DAY),
  messagesBefore: new Date(now.getTime() - config.RETENTION_DELIVERED_MESSAGES_DAYS * DAY),
  notificationsBefore: new Date(now.getTime() - config.RETENTION_NOTIFICATIONS_DAYS * DAY),
  cosignSignalsBefore: new Date(now.getTime() - config.RETENTION_COSIGN_SIGNALS_DAYS * DAY),
});

export interface RetentionSweepResult {
  /** Rows deleted, per table. */
  readonly deleted: Record<RetentionTable, number>;
  /** Co-signs whose IP-prefix signals were cleared (the co-signs stay). */
  readonly cosignSignalsCleared: number;
  /** Invalidations whose IP-prefix hash was cleared (the record stays), and IP-prefix alerts deleted. */
  readonly moderationSignalsCleared: { readonly invalidations: number; readonly alerts: number };
}

/**
 * Bounded retention: deletes what has outlived its purpose, and clears what a row that must stay
 * no longer needs (the IP-prefix signals of co-signs and of the moderation records made from them). Idempotent, so two overlapping runs do no harm.
 */
@Injectable()
export class RetentionSweepService {
  private readonly logger = new Logger(RetentionSweepService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly retention: RetentionRepository,
  ) {}

  async run(now = new Date()): Promise<RetentionSweepResult> {
    const cutoffs = retentionCutoffs(this.config, now);
    const deleted = {} as Record<RetentionTable, number>;
    for (const table of RETENTION_TABLES) deleted[table] = await this.retention.purge(table, cutoffs);
    const cosignSignalsCleared = await this.retention.clearCosignSignals(cutoffs);
    const moderationSignalsCleared = await this.retention.clearModerationSignals(cutoffs);
    const anything = [...Object.values(deleted), cosignSignalsCleared, moderationSignalsCleared.invalidations, moderationSignalsCleared.alerts].some((n) => n > 0);
    if (anything) this.logger.log({ deleted, cosignSignalsCleared, moderationSignalsCleared }, 'retention sweep removed data past its retention');
    return { deleted, cosignSignalsCleared, moderationSignalsCleared };
  }
}

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
}

/**
 * Bounded retention: deletes what has outlived its purpose, and clears what a row that must stay
 * no longer needs (co-signs' IP-prefix signals). Idempotent, so two overlapping runs do no harm.
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
    if (Object.values(deleted).some((n) => n > 0) || cosignSignalsCleared > 0) {
      this.logger.log({ deleted, cosignSignalsCleared }, 'retention sweep removed data past its retention');
    }
    return { deleted, cosignSignalsCleared };
  }
}

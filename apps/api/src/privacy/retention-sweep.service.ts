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
});

/** Bounded retention: deletes what has outlived its purpose. Idempotent, so two overlapping runs do no harm. */
@Injectable()
export class RetentionSweepService {
  private readonly logger = new Logger(RetentionSweepService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly retention: RetentionRepository,
  ) {}

  async run(now = new Date()): Promise<Record<RetentionTable, number>> {
    const cutoffs = retentionCutoffs(this.config, now);
    const deleted = {} as Record<RetentionTable, number>;
    for (const table of RETENTION_TABLES) deleted[table] = await this.retention.purge(table, cutoffs);
    if (Object.values(deleted).some((n) => n > 0)) this.logger.log({ deleted }, 'retention sweep deleted rows past their retention');
    return deleted;
  }
}

import { Module } from '@nestjs/common';
import { CosignAlertsRepository } from './cosign-alerts.repository';
import { CosignTrendsJobHandler } from './cosign-trends.job-handler';
import { CosignTrendsScheduler } from './cosign-trends.scheduler';
import { DetectCosignTrendsService } from './detect-cosign-trends.service';

/** Loaded by WorkerModule: the scheduled detection of trending co-sign sources. */
@Module({ providers: [CosignTrendsJobHandler, CosignTrendsScheduler, DetectCosignTrendsService, CosignAlertsRepository], exports: [DetectCosignTrendsService] })
export class CosignFraudWorkerModule {}

import { Module } from '@nestjs/common';
import { CosignsModule } from '../cosigns/cosigns.module';
import { CosignAlertsRepository } from './cosign-alerts.repository';
import { CosignAlertsService } from './cosign-alerts.service';
import { CosignFraudController } from './cosign-fraud.controller';
import { CosignInvalidationsRepository } from './cosign-invalidations.repository';
import { DismissCosignAlertService } from './dismiss-cosign-alert.service';
import { InvalidateCosignsService } from './invalidate-cosigns.service';
import { InvalidationLogController } from './invalidation-log.controller';
import { InvalidationLogService } from './invalidation-log.service';
import { PreviewInvalidationService } from './preview-invalidation.service';

/** Anti-automation (issue 8), API side: trending alerts and their dismissal, bulk invalidation, the public log. */
@Module({
  imports: [CosignsModule],
  controllers: [CosignFraudController, InvalidationLogController],
  providers: [CosignAlertsRepository, CosignAlertsService, CosignInvalidationsRepository, PreviewInvalidationService, InvalidateCosignsService, InvalidationLogService, DismissCosignAlertService],
})
export class CosignFraudModule {}

import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { DetectCosignTrendsService } from './detect-cosign-trends.service';

@Injectable()
@HandlesJob('maintenance.cosign_trends')
export class CosignTrendsJobHandler implements JobHandler<'maintenance.cosign_trends'> {
  constructor(private readonly detection: DetectCosignTrendsService) {}

  async handle(): Promise<void> {
    await this.detection.run();
  }
}

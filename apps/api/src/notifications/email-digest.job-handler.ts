import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { SendEmailDigestsService } from './send-email-digests.service';

@Injectable()
@HandlesJob('notifications.email_digests')
export class EmailDigestsJobHandler implements JobHandler<'notifications.email_digests'> {
  constructor(private readonly digests: SendEmailDigestsService) {}

  async handle(): Promise<void> {
    await this.digests.run();
  }
}

import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { DownloadDatasetService } from './download-dataset.service';
import { OpenDataController } from './open-data.controller';
import { OpenDataRepository } from './open-data.repository';
import { StatsController } from './stats.controller';
import { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';

/** Open data and statistics (issue 6): read-only, unauthenticated, no personal data. */
@Module({
  controllers: [OpenDataController, StatsController],
  providers: [Clock, OpenDataRepository, DownloadDatasetService, StatsRepository, StatsService],
})
export class OpenDataModule {}

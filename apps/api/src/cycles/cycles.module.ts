import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { AdminCyclesController } from './admin-cycles.controller';
import { ChangeCycleSettingsService } from './change-cycle-settings.service';
import { CycleSettingsRepository } from './cycle-settings.repository';

/** Admin settings of the current participation cycle (threshold, co-sign window, blackouts). */
@Module({
  controllers: [AdminCyclesController],
  providers: [CycleSettingsRepository, ChangeCycleSettingsService, Clock],
})
export class CyclesModule {}

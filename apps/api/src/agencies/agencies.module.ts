import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { AdminAgenciesController } from './admin-agencies.controller';
import { AgenciesController } from './agencies.controller';
import { AgenciesRepository } from './agencies.repository';
import { AgencyOfficerController } from './agency-officer.controller';
import { AgencyReadsService } from './agency-reads.service';
import { AgencyRequestsRepository } from './agency-requests.repository';
import { CreateAgencyService } from './create-agency.service';
import { ExtendDueDateService } from './extend-due-date.service';
import { RespondToRequestService } from './respond-to-request.service';

/** Responsible agencies: their requests, point-by-point answers, extensions and responsiveness. */
@Module({
  controllers: [AgenciesController, AgencyOfficerController, AdminAgenciesController],
  providers: [Clock, AgenciesRepository, AgencyRequestsRepository, AgencyReadsService, RespondToRequestService, ExtendDueDateService, CreateAgencyService],
})
export class AgenciesModule {}

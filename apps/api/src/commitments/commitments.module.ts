import { Module } from '@nestjs/common';
import { CommitmentCommands } from './commitment-commands';
import { CommitmentReadsRepository } from './commitment-reads.repository';
import { CommitmentReadsService } from './commitment-reads.service';
import { CommitmentsController, PlanCommitmentsController } from './commitments.controller';
import { CommitmentsRepository } from './commitments.repository';
import { ReportCommitmentService } from './report-commitment.service';
import { CloseCommitmentTrackingService } from './close-commitment-tracking.service';

/** The action plan's commitments: public reading, and reporting by their owners. The task force creates them (adoption). */
@Module({
  controllers: [PlanCommitmentsController, CommitmentsController],
  providers: [CommitmentsRepository, CommitmentReadsRepository, CommitmentReadsService, CommitmentCommands, ReportCommitmentService, CloseCommitmentTrackingService],
  exports: [CommitmentsRepository, CommitmentCommands],
})
export class CommitmentsModule {}

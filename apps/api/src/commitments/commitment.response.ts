import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMITMENT_ORIGINS,
  COMMITMENT_TRACKING,
  MILESTONE_STATUSES,
  OGP_COMPLETIONS,
  OGP_OPEN_GOVERNMENT,
  OGP_POTENTIAL_RESULTS,
  OGP_VERIFIABLE,
} from '@open-proposals/domain';
import { LocalizedTextResponse } from '../action-plans/action-plan.response';

export class MilestoneResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: LocalizedTextResponse, description: 'en is empty while a translation is pending' }) title!: LocalizedTextResponse;
  @ApiProperty({ example: '2025-12-31' }) dueOn!: string;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'https://www.ndc.gov.tw/report.pdf' }) evidenceUrl!: string | null;
}

export class ProgressUpdateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2025-Q3' }) quarter!: string;
  @ApiProperty({ type: LocalizedTextResponse }) text!: LocalizedTextResponse;
  @ApiProperty({ enum: OGP_COMPLETIONS }) completion!: string;
  @ApiProperty() reportedAt!: Date;
}

export class AssessmentResponse {
  @ApiProperty({ enum: OGP_COMPLETIONS }) completion!: string;
  @ApiProperty({ enum: OGP_POTENTIAL_RESULTS }) potentialResults!: string;
  @ApiProperty({ enum: OGP_OPEN_GOVERNMENT }) didItOpenGovernment!: string;
  @ApiProperty({ enum: OGP_VERIFIABLE }) verifiable!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() assessedAt!: Date;
}

export class LinkedProposalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'adopted' }) status!: string;
}

export class CommitmentSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'nap-1-2.3', description: 'The published plan’s number; null for commitments adopted after publication' })
  code!: string | null;
  @ApiProperty({ example: 'open-data' }) areaCode!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty({ enum: COMMITMENT_ORIGINS }) origin!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) sourceProposalId!: string | null;
  @ApiProperty({ enum: COMMITMENT_TRACKING }) tracking!: string;
  @ApiProperty() milestoneCount!: number;
  @ApiProperty() milestonesDone!: number;
}

export class PlanCommitmentsResponse {
  @ApiProperty({ example: 'nap-1' }) planCode!: string;
  @ApiProperty({ type: [CommitmentSummaryResponse], description: 'In the order of the plan’s areas' }) items!: CommitmentSummaryResponse[];
}

export class CommitmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'nap-1' }) planCode!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'nap-1-2.3', description: 'The published plan’s number; null for commitments adopted after publication' })
  code!: string | null;
  @ApiProperty({ example: 'open-data' }) areaCode!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty({ type: LocalizedTextResponse }) description!: LocalizedTextResponse;
  @ApiProperty({ enum: COMMITMENT_ORIGINS }) origin!: string;
  @ApiPropertyOptional({ type: LinkedProposalResponse, nullable: true, description: 'The citizen proposal it came from (origin citizen_proposal)' })
  sourceProposal!: LinkedProposalResponse | null;
  @ApiProperty({ type: [LinkedProposalResponse], description: 'Proposals the task force merged into it' }) mergedProposals!: LinkedProposalResponse[];
  @ApiProperty({ type: [String], format: 'uuid' }) responsibleAgencyIds!: string[];
  @ApiProperty({ type: [MilestoneResponse] }) milestones!: MilestoneResponse[];
  @ApiProperty({ type: [ProgressUpdateResponse] }) progress!: ProgressUpdateResponse[];
  @ApiPropertyOptional({ type: AssessmentResponse, nullable: true, description: 'The responsible agency’s self-assessment (自主評估)' })
  selfAssessment!: AssessmentResponse | null;
  @ApiPropertyOptional({ type: AssessmentResponse, nullable: true, description: 'The Independent Reporting Mechanism’s assessment' })
  irmAssessment!: AssessmentResponse | null;
  @ApiProperty({ enum: COMMITMENT_TRACKING, description: 'open = still tracked (持續列管), closed = tracking closed (解除列管)' }) tracking!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'When the task force closed tracking' }) trackingClosedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The task force’s public reason for closing tracking' }) trackingClosedReason!: string | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROPOSAL_STATUSES, REJECT_REASON_CODES, type ProposalStatus, type RejectReasonCode } from '@open-proposals/domain';

/** A text in both languages; the client picks the reader's. */
export class LocalizedLabel {
  @ApiProperty({ name: 'zh-TW', example: '內容不明確' }) 'zh-TW'!: string;
  @ApiProperty({ example: 'Unclear content' }) en!: string;
}

export class ReviewClockView {
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time', description: "Exclusive end of the cycle's review period, counted in Taipei working days" }) dueAt!: string;
  @ApiProperty() overdue!: boolean;
}

export class QueuedProposalContent {
  @ApiProperty() title!: string;
  @ApiProperty({ description: '現況說明 (Markdown)' }) background!: string;
  @ApiProperty({ description: '具體建議 (Markdown)' }) proposal!: string;
  @ApiProperty({ description: '預期效益 (Markdown)' }) expectedBenefits!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty({ type: [String] }) suggestedAgencyIds!: string[];
  @ApiProperty({ type: [String] }) links!: string[];
}

export class QueuedProposal {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ReviewClockView, nullable: true, description: 'null only for a row missing its submission time' }) clock!: ReviewClockView | null;
  @ApiProperty({ type: QueuedProposalContent }) content!: QueuedProposalContent;
}

export class ReviewQueuePage {
  @ApiProperty({ type: [QueuedProposal] }) items!: QueuedProposal[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class ReviewBacklog {
  @ApiProperty({ description: 'Submissions waiting for review' }) inReview!: number;
  @ApiProperty({ description: 'Of those, how many are past their review deadline' }) overdue!: number;
  @ApiProperty({ format: 'date-time' }) asOf!: string;
}

export class RejectionView {
  @ApiProperty({ enum: REJECT_REASON_CODES }) code!: RejectReasonCode;
  @ApiProperty({ type: LocalizedLabel }) label!: LocalizedLabel;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) duplicateOfId!: string | null;
  @ApiProperty({ format: 'date-time' }) rejectedAt!: string;
}

/** A rejection log line: what DOMAIN.md allows the public to see, and no personal data. */
export class RejectionLogItem extends RejectionView {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
}

export class RejectionLogPage {
  @ApiProperty({ type: [RejectionLogItem] }) items!: RejectionLogItem[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class RejectReason {
  @ApiProperty({ enum: REJECT_REASON_CODES }) code!: RejectReasonCode;
  @ApiProperty({ type: LocalizedLabel }) label!: LocalizedLabel;
  @ApiProperty({ description: 'A note must accompany this code' }) noteRequired!: boolean;
  @ApiProperty({ description: 'The original proposal must be named' }) duplicateOfRequired!: boolean;
}

/** The proposal after a moderator's decision. */
export class ModerationOutcome {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) cosignDeadline!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The note the proposer sees after a return' }) returnNote!: string | null;
  @ApiPropertyOptional({ type: RejectionView, nullable: true }) rejection!: RejectionView | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) duplicateOfId!: string | null;
}

export class AgencyAssignmentResponse {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ description: 'Response requests created (one per agency)' }) requestsCreated!: number;
}

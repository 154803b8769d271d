import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Timeliness } from '@open-proposals/domain';

// Swagger mirrors of agency-views.ts: the services return those plain shapes.
const TIMELINESS: Timeliness[] = ['on_time', 'late', 'overdue', 'pending'];

class LocalizedNameResponse {
  @ApiProperty({ name: 'zh-TW', example: '國家發展委員會' }) 'zh-TW'!: string;
  @ApiProperty({ example: 'National Development Council' }) en!: string;
}

export class AgencyResponseBody {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ndc' }) code!: string;
  @ApiProperty({ type: LocalizedNameResponse }) name!: LocalizedNameResponse;
}

export class AgencyRequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() proposalTitle!: string;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The current due date, after any extension' }) dueAt!: string;
  @ApiProperty({ enum: ['requested', 'answered'] }) status!: string;
  @ApiProperty({ enum: TIMELINESS }) timeliness!: Timeliness;
  @ApiProperty({ description: 'Flagged overdue by the deadline sweeper at some due date (kept after a late answer)' }) flaggedOverdue!: boolean;
  @ApiProperty() extensionCount!: number;
}

export class AgencyRequestPageResponse {
  @ApiProperty({ type: [AgencyRequestResponse] }) items!: AgencyRequestResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

class PointResponse {
  @ApiProperty({ type: String, nullable: true }) heading!: string | null;
  @ApiProperty() body!: string;
}

class AnswerResponse {
  @ApiProperty({ type: [PointResponse] }) points!: PointResponse[];
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class ExtensionResponse {
  @ApiProperty({ format: 'date-time' }) previousDueAt!: string;
  @ApiProperty({ format: 'date-time' }) newDueAt!: string;
  @ApiProperty({ description: 'Public' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) grantedAt!: string;
}

export class ProposalResponseResponse {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiPropertyOptional({ type: AgencyResponseBody, nullable: true, description: 'null when the agency is not in the agency list yet' }) agency!: AgencyResponseBody | null;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: ['requested', 'answered'] }) status!: string;
  @ApiProperty({ enum: TIMELINESS }) timeliness!: Timeliness;
  @ApiPropertyOptional({ type: AnswerResponse, nullable: true }) response!: AnswerResponse | null;
  @ApiProperty({ type: [ExtensionResponse] }) extensions!: ExtensionResponse[];
}

export class SubmittedAnswerResponse extends AnswerResponse {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
}

export class ResponsivenessRowResponse {
  @ApiProperty({ type: AgencyResponseBody }) agency!: AgencyResponseBody;
  @ApiProperty() requests!: number;
  @ApiProperty() answered!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty() late!: number;
  @ApiProperty({ description: 'Unanswered past the current due date' }) overdueNow!: number;
  @ApiProperty({ description: 'Unanswered, not yet due' }) pending!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'On time ÷ (answered + overdue), 0..1; pending requests are not counted' }) onTimeRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Median calendar days from request to answer' }) medianDaysToRespond!: number | null;
}

import { ApiProperty } from '@nestjs/swagger';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';

// Swagger mirrors of PlatformStats (stats.view.ts), which the controller sends.

class LocalizedTextResponse {
  @ApiProperty({ name: 'zh-TW' }) 'zh-TW'!: string;
  @ApiProperty() en!: string;
}

class StageCountResponse {
  @ApiProperty({ enum: PUBLIC_STATUSES }) stage!: string;
  @ApiProperty() count!: number;
}

class AreaCountResponse {
  @ApiProperty({ example: 'open-data' }) areaCode!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty() count!: number;
}

class ThresholdReachResponse {
  @ApiProperty({ description: 'Proposals ever published' }) published!: number;
  @ApiProperty({ description: 'Of those, how many reached their threshold' }) reached!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'reached / published, 0..1 to 3 places; null when none was published' }) share!: number | null;
}

class StageMedianResponse {
  @ApiProperty({
    enum: ['review', 'cosigning', 'taskforce', 'agency_response'],
    description:
      'review: latest submission → publication or rejection; cosigning: publication → threshold; taskforce: routing → decision; agency_response: request → answer',
  })
  stage!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Median calendar days, 1 decimal; null without samples' }) medianDays!: number | null;
  @ApiProperty() samples!: number;
}

class CurvePointResponse {
  @ApiProperty({ example: '2025-03-01', description: 'Taipei calendar day' }) day!: string;
  @ApiProperty() cumulative!: number;
}

class CosignCurveResponse {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() threshold!: number;
  @ApiProperty({ type: [CurvePointResponse], description: 'Every day from the first co-sign to the last' }) points!: CurvePointResponse[];
}

class AgencyOnTimeResponse {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({ example: 'ndc' }) code!: string;
  @ApiProperty({ type: LocalizedTextResponse }) name!: LocalizedTextResponse;
  @ApiProperty({ description: 'Requests whose outcome is known: answered, or unanswered past the (extended) due date' }) due!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty({ description: 'Answered late or still unanswered past due' }) late!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'onTime / due, 0..1 to 3 places' }) onTimeRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Median days from request to answer, 1 decimal' }) medianDaysToRespond!: number | null;
}

class CompletionCountsResponse {
  @ApiProperty() no_evidence!: number;
  @ApiProperty() not_started!: number;
  @ApiProperty() limited!: number;
  @ApiProperty() substantial!: number;
  @ApiProperty() complete!: number;
  @ApiProperty() unassessed!: number;
}

class AreaCompletionResponse {
  @ApiProperty() areaCode!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty() total!: number;
  @ApiProperty({ type: CompletionCountsResponse, description: 'Current completion: the IRM assessment, else the self-assessment, else the latest quarterly update' })
  byCompletion!: CompletionCountsResponse;
}

export class PlatformStatsResponse {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: [StageCountResponse] }) proposalsByStage!: StageCountResponse[];
  @ApiProperty({ type: [AreaCountResponse] }) proposalsByArea!: AreaCountResponse[];
  @ApiProperty({ type: ThresholdReachResponse }) thresholdReach!: ThresholdReachResponse;
  @ApiProperty({ type: [StageMedianResponse] }) medianDaysPerStage!: StageMedianResponse[];
  @ApiProperty({ type: [CosignCurveResponse] }) leadingCosignCurves!: CosignCurveResponse[];
  @ApiProperty({ type: [AgencyOnTimeResponse] }) agencyOnTime!: AgencyOnTimeResponse[];
  @ApiProperty({ type: [AreaCompletionResponse] }) commitmentCompletionByArea!: AreaCompletionResponse[];
}

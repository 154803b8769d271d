import { ApiProperty } from '@nestjs/swagger';

export class LocalizedTextResponse {
  @ApiProperty({ example: '擴大公共參與機制' }) 'zh-TW'!: string;
  @ApiProperty({ example: 'Expand public participation' }) en!: string;
}

export class AreaResponse {
  @ApiProperty({ example: 'public-participation' }) code!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
}

export class OriginCountsResponse {
  @ApiProperty({ example: 12 }) government!: number;
  @ApiProperty({ example: 6 }) citizen_proposal!: number;
  @ApiProperty({ example: 1 }) civil_member!: number;
}

export class OriginSummaryResponse {
  @ApiProperty({ type: OriginCountsResponse }) counts!: OriginCountsResponse;
  @ApiProperty({ type: LocalizedTextResponse, description: 'Where the numbers come from' }) source!: LocalizedTextResponse;
}

export class ActionPlanResponse {
  @ApiProperty({ example: 'nap-1', description: 'Stable identifier' }) code!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty({ example: '2021-01', description: 'First month of the plan (YYYY-MM)' }) periodStart!: string;
  @ApiProperty({ example: '2024-05', description: 'Last month of the plan, inclusive (YYYY-MM)' }) periodEnd!: string;
  @ApiProperty({ enum: ['upcoming', 'in_progress', 'ended'], description: 'Where the plan stands today, in Asia/Taipei' }) phase!: string;
  @ApiProperty({ type: [AreaResponse] }) areas!: AreaResponse[];
  @ApiProperty({
    type: OriginSummaryResponse,
    nullable: true,
    description: 'How many commitments came from government, citizens’ proposals and civil task-force members, as the plan’s source states it (individual commitments may record origin unknown)',
  })
  originSummary!: OriginSummaryResponse | null;
}

export class ActionPlanListResponse {
  @ApiProperty({ type: [ActionPlanResponse] }) items!: ActionPlanResponse[];
}

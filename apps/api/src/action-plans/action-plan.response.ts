import { ApiProperty } from '@nestjs/swagger';

export class LocalizedTextResponse {
  @ApiProperty({ example: '擴大公共參與機制' }) 'zh-TW'!: string;
  @ApiProperty({ example: 'Expand public participation' }) en!: string;
}

export class AreaResponse {
  @ApiProperty({ example: 'public-participation' }) code!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
}

export class ActionPlanResponse {
  @ApiProperty({ example: 'nap-1', description: 'Stable identifier' }) code!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty({ example: '2021-01', description: 'First month of the plan (YYYY-MM)' }) periodStart!: string;
  @ApiProperty({ example: '2024-05', description: 'Last month of the plan, inclusive (YYYY-MM)' }) periodEnd!: string;
  @ApiProperty({ enum: ['upcoming', 'in_progress', 'ended'], description: 'Where the plan stands today, in Asia/Taipei' }) phase!: string;
  @ApiProperty({ type: [AreaResponse] }) areas!: AreaResponse[];
}

export class ActionPlanListResponse {
  @ApiProperty({ type: [ActionPlanResponse] }) items!: ActionPlanResponse[];
}

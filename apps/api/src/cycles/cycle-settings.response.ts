import { ApiProperty } from '@nestjs/swagger';

export class LocalizedTextResponse {
  @ApiProperty({ name: 'zh-TW' }) 'zh-TW'!: string;
  @ApiProperty() en!: string;
}

export class BlackoutPeriodResponse {
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Exclusive' }) endsAt!: string;
  @ApiProperty({ type: LocalizedTextResponse }) reason!: LocalizedTextResponse;
}

export class CycleSettingsResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2025' }) code!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty({ example: 5000 }) threshold!: number;
  @ApiProperty({ example: 60 }) cosignWindowDays!: number;
  @ApiProperty({ example: 5, description: 'Read-only here' }) reviewWorkingDays!: number;
  @ApiProperty({ example: 60, description: 'Read-only here' }) agencyResponseDays!: number;
  @ApiProperty({ description: 'Read-only here' }) cosignsAccumulateAfterThreshold!: boolean;
  @ApiProperty({ type: [BlackoutPeriodResponse] }) blackoutPeriods!: BlackoutPeriodResponse[];
  @ApiProperty({ example: 3, description: 'Proposals of this cycle collecting co-signs now; while above 0 the threshold cannot be raised' }) openProposals!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

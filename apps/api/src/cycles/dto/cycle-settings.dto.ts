import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, ValidateNested } from 'class-validator';

/** Far above any sensible value; they only keep a number inside PostgreSQL's integer. */
export const CYCLE_LIMITS = { maxThreshold: 10_000_000, maxWindowDays: 3650, maxBlackouts: 50, maxReasonLength: 500 } as const;

// Minimums, blank reasons and end-after-start are the domain's rules (validateParticipationRules);
// the DTO checks only types and outer bounds.
export class BlackoutPeriodDto {
  @ApiProperty({ format: 'date-time', example: '2027-11-28T16:00:00.000Z', description: 'Inclusive start of the pause' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', example: '2028-01-27T16:00:00.000Z', description: 'Exclusive end: activity resumes at this instant' })
  @IsISO8601({ strict: true })
  endsAt!: string;

  @ApiProperty({ example: '總統大選前 60 日暫停提議與附議', maxLength: CYCLE_LIMITS.maxReasonLength, description: 'Public reason in Traditional Chinese' })
  @IsString()
  @MaxLength(CYCLE_LIMITS.maxReasonLength)
  reasonZhTw!: string;

  @ApiProperty({ example: 'Paused for the 60 days before the presidential election', maxLength: CYCLE_LIMITS.maxReasonLength, description: 'Public reason in English' })
  @IsString()
  @MaxLength(CYCLE_LIMITS.maxReasonLength)
  reasonEn!: string;
}

export class ChangeCycleSettingsDto {
  @ApiPropertyOptional({ minimum: 1, maximum: CYCLE_LIMITS.maxThreshold, example: 5000, description: 'Co-signs needed; applies to open proposals at once. Lowering is always allowed; raising is refused while proposals are collecting co-signs' })
  @IsOptional()
  @IsInt()
  @Max(CYCLE_LIMITS.maxThreshold)
  threshold?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: CYCLE_LIMITS.maxWindowDays, example: 60, description: 'Length of the co-sign window in days; applies to proposals published afterwards (an open proposal keeps the deadline it was published with)' })
  @IsOptional()
  @IsInt()
  @Max(CYCLE_LIMITS.maxWindowDays)
  cosignWindowDays?: number;

  @ApiPropertyOptional({ type: [BlackoutPeriodDto], maxItems: CYCLE_LIMITS.maxBlackouts, description: 'Replaces the whole list; applies at once to every submission and co-sign' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CYCLE_LIMITS.maxBlackouts)
  @ValidateNested({ each: true })
  @Type(() => BlackoutPeriodDto)
  blackoutPeriods?: BlackoutPeriodDto[];
}

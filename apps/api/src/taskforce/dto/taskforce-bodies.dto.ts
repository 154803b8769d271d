import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DecisionOutcome } from '@open-proposals/domain';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalizedInputDto } from '../../commitments/dto/commitment-bodies.dto';
import { PaginationQuery } from '../../common/http/pagination.query';

const OUTCOMES: readonly DecisionOutcome[] = ['adopt', 'merge', 'refer', 'decline'];

export class VoteCountDto {
  @ApiProperty({ example: 5, minimum: 0 }) @IsInt() @Min(0) for!: number;
  @ApiProperty({ example: 1, minimum: 0 }) @IsInt() @Min(0) against!: number;
  @ApiProperty({ example: 0, minimum: 0 }) @IsInt() @Min(0) abstain!: number;
}

export class SideVotesDto {
  @ApiProperty({ type: VoteCountDto }) @IsDefined() @ValidateNested() @Type(() => VoteCountDto) government!: VoteCountDto;
  @ApiProperty({ type: VoteCountDto }) @IsDefined() @ValidateNested() @Type(() => VoteCountDto) civil!: VoteCountDto;
}

export class NewCommitmentDto {
  @ApiProperty({ type: LocalizedInputDto }) @IsDefined() @ValidateNested() @Type(() => LocalizedInputDto) title!: LocalizedInputDto;
  @ApiProperty({ type: LocalizedInputDto }) @IsDefined() @ValidateNested() @Type(() => LocalizedInputDto) description!: LocalizedInputDto;
  @ApiProperty({ example: 'open-data', description: 'One of the plan’s areas (400 commitment.unknown_area otherwise)' }) @IsString() @MaxLength(100) areaCode!: string;
  @ApiPropertyOptional({ example: 'nap-1', description: 'The action plan; the newest plan when omitted' }) @IsOptional() @IsString() @MaxLength(100) planCode?: string;
}

export class DecideReviewItemDto {
  @ApiProperty({ enum: OUTCOMES }) @IsIn(OUTCOMES) outcome!: DecisionOutcome;
  @ApiPropertyOptional({ description: 'Public reasons; required to decline', maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) rationale?: string;
  @ApiProperty({ type: SideVotesDto }) @IsDefined() @ValidateNested() @Type(() => SideVotesDto) votes!: SideVotesDto;
  @ApiPropertyOptional({ type: NewCommitmentDto, description: 'Required to adopt: the commitment the proposal becomes' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewCommitmentDto)
  commitment?: NewCommitmentDto;
  @ApiPropertyOptional({ format: 'uuid', description: 'Required to merge: the existing commitment' }) @IsOptional() @IsUUID() targetCommitmentId?: string;
}

export class PlanMeetingDto {
  @ApiProperty({ example: '2025-09-15' }) @IsString() @MaxLength(10) heldOn!: string;
  @ApiProperty({ example: '開放政府推動小組第 5 次會議' }) @IsString() @MaxLength(200) title!: string;
}

export class AddAgendaItemDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A review item (a routed proposal to decide); give this or commitmentId' }) @IsOptional() @IsUUID() reviewItemId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A commitment whose progress is heard; give this or reviewItemId' }) @IsOptional() @IsUUID() commitmentId?: string;
}

export const MEETING_LISTS = ['upcoming', 'past'] as const;

export class ListMeetingsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: MEETING_LISTS, default: 'upcoming', description: 'upcoming: on or after today in Taiwan, soonest first; past: before today, latest first' })
  @IsOptional()
  @IsIn(MEETING_LISTS)
  when: (typeof MEETING_LISTS)[number] = 'upcoming';
}

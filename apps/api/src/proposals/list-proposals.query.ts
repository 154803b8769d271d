import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PaginationQuery } from '../common/http/pagination.query';
import { PROPOSAL_SORTS, PUBLIC_STATUSES, type ProposalSort, type PublicStatus } from './public-proposal';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class ListProposalsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: PUBLIC_STATUSES })
  @IsOptional()
  @IsIn(PUBLIC_STATUSES)
  status?: PublicStatus;

  @ApiPropertyOptional({ description: "An area code of the plan, or 'general'", example: 'open-data' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  area?: string;

  @ApiPropertyOptional({ description: 'A suggested or routed agency id' })
  @IsOptional()
  @IsUUID()
  agency?: string;

  @ApiPropertyOptional({ description: 'Words to find in the title or text; any substring of two or more characters, Chinese included', example: '開放資料' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  q?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_SORTS, default: 'newest' })
  @IsOptional()
  @IsIn(PROPOSAL_SORTS)
  sort: ProposalSort = 'newest';
}

export class SimilarProposalsQuery {
  @ApiPropertyOptional({ description: 'The title being written', example: '公開預算資料' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  title!: string;
}

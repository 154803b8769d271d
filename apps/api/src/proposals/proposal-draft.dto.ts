import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/**
 * The fields of DOMAIN.md. Lengths and completeness are the domain's rules (answered per field
 * with codes such as too_long); these decorators only keep out what is not even the right type.
 */
export class ProposalDraftDto {
  @ApiPropertyOptional({ description: 'At most 80 characters', example: '公開各級政府預算執行資料' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ description: '現況說明 (Markdown)' })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  background?: string;

  @ApiPropertyOptional({ description: '具體建議 (Markdown)' })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  proposal?: string;

  @ApiPropertyOptional({ description: '預期效益 (Markdown)' })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  expectedBenefits?: string;

  @ApiPropertyOptional({ description: "An area code of the plan, or 'general'", example: 'open-data' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  areaCode?: string;

  @ApiPropertyOptional({ description: 'Up to 3 suggested agencies', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  suggestedAgencyIds?: string[];

  @ApiPropertyOptional({ description: 'http(s) links', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  links?: string[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Cosign } from '@open-proposals/domain';

/** One's own co-sign as answered to its author; it carries no identity beyond the caller's own. */
export class CosignResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ enum: ['email', 'phone'] }) verificationTier!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export const toCosignResponse = (cosign: Cosign): CosignResponse => ({
  id: cosign.id,
  proposalId: cosign.proposalId,
  verificationTier: cosign.verificationTier,
  comment: cosign.comment,
  createdAt: cosign.createdAt.toISOString(),
});

export class CosignDayResponse {
  @ApiProperty({ example: '2026-03-01', description: 'A calendar day in Asia/Taipei' }) date!: string;
  @ApiProperty({ description: 'Co-signs made that day' }) count!: number;
  @ApiProperty({ description: 'Co-signs up to and including that day' }) cumulative!: number;
}

export class CosignTierResponse {
  @ApiProperty({ enum: ['email', 'phone'] }) tier!: string;
  @ApiProperty() count!: number;
}

/** Public statistics: counts only, never who co-signed. */
export class CosignStatsResponse {
  @ApiProperty({ description: 'The official count shown on the proposal' }) count!: number;
  @ApiProperty() threshold!: number;
  @ApiProperty({ type: [CosignDayResponse] }) perDay!: CosignDayResponse[];
  @ApiProperty({ type: [CosignTierResponse] }) perTier!: CosignTierResponse[];
}

export class CosignCommentResponse {
  @ApiProperty() comment!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CosignCommentPageResponse {
  @ApiProperty({ type: [CosignCommentResponse] }) items!: CosignCommentResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class MyCosignResponse {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'The proposal’s current status' }) status!: string;
  @ApiProperty({ format: 'date-time' }) cosignedAt!: string;
}

export class MyCosignPageResponse {
  @ApiProperty({ type: [MyCosignResponse] }) items!: MyCosignResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { INVALIDATION_REASONS, type InvalidationReason, type TrendSignalKind } from '@open-proposals/domain';
import type { CosignAlertRow } from './cosign-alerts.repository';

export class CosignAlertResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() proposalTitle!: string;
  @ApiProperty({ enum: ['email_domain', 'ip_prefix'] }) kind!: TrendSignalKind;
  @ApiProperty({ description: 'What an invalidation criterion takes: the domain, or the IP-prefix hash' }) sourceKey!: string;
  @ApiProperty({ description: 'What to show: the domain, or the masked prefix (203.0.*.*); never an address' }) sourceLabel!: string;
  @ApiProperty({ description: 'Co-signs from this source in the last detection window' }) windowCount!: number;
  @ApiProperty({ description: 'All the proposal’s co-signs in that window' }) windowTotal!: number;
  @ApiProperty({ format: 'date-time' }) firstSeenAt!: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the alert was raised' }) detectedAt!: string;
}

/** An alert row as the API shows it (dates as ISO strings). */
export const toAlertResponse = (row: CosignAlertRow): CosignAlertResponse => ({
  id: row.id,
  proposalId: row.proposalId,
  proposalTitle: row.proposalTitle,
  kind: row.kind,
  sourceKey: row.sourceKey,
  sourceLabel: row.sourceLabel,
  windowCount: row.windowCount,
  windowTotal: row.windowTotal,
  firstSeenAt: row.firstSeenAt.toISOString(),
  lastSeenAt: row.lastSeenAt.toISOString(),
  detectedAt: row.detectedAt.toISOString(),
});

/** An alert a moderator has just dismissed as legitimate. */
export class DismissedCosignAlertResponse extends CosignAlertResponse {
  @ApiProperty({ format: 'date-time', description: 'When it was dismissed; it reopens once the source’s co-signs in the window reach twice windowCount' }) resolvedAt!: string;
  @ApiProperty({ format: 'uuid', description: 'The moderator who dismissed it' }) dismissedBy!: string;
  @ApiProperty({ description: 'Why, for other moderators; never public' }) dismissalNote!: string;
}

export class CosignAlertListResponse {
  @ApiProperty({ type: [CosignAlertResponse] }) items!: CosignAlertResponse[];
}

export class InvalidationPreviewResponse {
  @ApiProperty({ description: 'Valid co-signs the criterion matches now; nothing was changed' }) matching!: number;
  @ApiProperty({ description: 'The proposal’s official count now' }) cosignCount!: number;
  @ApiProperty() threshold!: number;
  @ApiProperty({ description: 'The proposal has reached its threshold (it stays so whatever the count)' }) thresholdReached!: boolean;
  @ApiProperty({ description: 'The count if exactly these were invalidated' }) countAfter!: number;
}

export class InvalidationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ description: 'Co-signs marked invalid (may differ from the preview if co-signs arrived meanwhile)' }) invalidated!: number;
  @ApiProperty() countBefore!: number;
  @ApiProperty() countAfter!: number;
  @ApiProperty({ description: 'The proposal had reached its threshold and now counts fewer; its status does not change' }) belowThresholdAfterReaching!: boolean;
}

/** A public log line: no moderator, no co-signer, no IP; a domain only for disposable_domain. */
export class PublicInvalidationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() proposalTitle!: string;
  @ApiProperty({ format: 'date-time' }) invalidatedAt!: string;
  @ApiProperty({ description: 'How many co-signs were invalidated' }) invalidated!: number;
  @ApiProperty({ enum: INVALIDATION_REASONS }) reason!: InvalidationReason;
  @ApiProperty() note!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The disposable email domain, for that reason only' }) domain!: string | null;
  @ApiProperty({ description: 'The proposal had reached its threshold and now counts fewer; its status stays' }) belowThresholdAfterReaching!: boolean;
}

export class PublicInvalidationPage {
  @ApiProperty({ type: [PublicInvalidationResponse] }) items!: PublicInvalidationResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

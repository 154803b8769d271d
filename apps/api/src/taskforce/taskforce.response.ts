import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class InboxProposalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'open-data' }) areaCode!: string;
  @ApiProperty() cosignCount!: number;
  @ApiPropertyOptional({ nullable: true, type: Date }) routedAt!: Date | null;
  @ApiProperty({ type: [String], format: 'uuid' }) agencyIds!: string[];
}

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid' }) reviewItemId!: string;
  @ApiProperty({ description: 'When the proposal was routed to the task force' }) openedAt!: Date;
  @ApiProperty({ type: InboxProposalResponse }) proposal!: InboxProposalResponse;
}

export class InboxPageResponse {
  @ApiProperty({ type: [InboxItemResponse], description: 'Open review items, oldest first' }) items!: InboxItemResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class DecisionResponse {
  @ApiProperty({ format: 'uuid' }) decisionId!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ enum: ['adopted', 'merged', 'referred', 'declined'] }) proposalStatus!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The commitment created (adopt) or merged into (merge)' })
  commitmentId!: string | null;
}

export class AgendaItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 1 }) position!: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) reviewItemId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) commitmentId!: string | null;
  @ApiProperty({ description: 'The proposal’s title, or the commitment’s zh-TW title' }) title!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The routed proposal, for a review item' }) proposalId!: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['open', 'decided'], description: 'Whether the review item still awaits a decision; null for a commitment' })
  reviewStatus!: string | null;
}

export class MeetingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2025-09-15' }) heldOn!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [AgendaItemResponse] }) agenda!: AgendaItemResponse[];
}

export class MeetingSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2025-09-15', description: 'A calendar day in Taiwan (Asia/Taipei)' }) heldOn!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'How many items its agenda holds' }) agendaItems!: number;
}

export class MeetingPageResponse {
  @ApiProperty({ type: [MeetingSummaryResponse], description: 'Upcoming: soonest first; past: latest first' }) items!: MeetingSummaryResponse[];
  @ApiProperty({ enum: ['upcoming', 'past'] }) when!: string;
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

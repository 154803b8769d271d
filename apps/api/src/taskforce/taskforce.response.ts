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
}

export class MeetingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2025-09-15' }) heldOn!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [AgendaItemResponse] }) agenda!: AgendaItemResponse[];
}

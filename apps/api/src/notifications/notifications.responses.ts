import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS } from '@open-proposals/domain';

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, description: 'What happened; the web app words each kind (and an unknown one generically)' }) kind!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proposalId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The proposal’s current title' }) proposalTitle!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Unread notifications in all' }) unread!: number;
}

export class UnreadCountResponse {
  @ApiProperty() unread!: number;
}

export class NotificationSettingsResponse {
  @ApiProperty({ description: 'Whether notifications are also emailed (in batches, at most one email per batch window)' }) email!: boolean;
}

export class FollowStateResponse {
  @ApiProperty() following!: boolean;
}

export class FollowResponse {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'date-time' }) followedAt!: string;
}

export class FollowPageResponse {
  @ApiProperty({ type: [FollowResponse] }) items!: FollowResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

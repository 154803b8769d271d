import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DevOutboxRepository, type StoredMessage } from './dev-outbox.repository';

class DevOutboxMessageResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['email', 'sms'] }) channel!: string;
  @ApiProperty({ example: 'someone@example.org' }) recipient!: string;
  @ApiProperty({ nullable: true, type: String }) subject!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: Date;
}

class DevOutboxResponse {
  @ApiProperty({ type: [DevOutboxMessageResponse] }) items!: DevOutboxMessageResponse[];
}

/** Development only: MessagingModule registers this controller only outside production. */
@ApiTags('development')
@Controller('v1/dev/outbox')
export class DevOutboxController {
  constructor(private readonly outbox: DevOutboxRepository) {}

  @Get()
  @ApiOperation({ summary: 'Messages the development transport stored instead of sending, newest first (not in production)' })
  @ApiOkResponse({ type: DevOutboxResponse })
  @ApiNotFoundResponse({ description: 'In production this route does not exist' })
  async list(): Promise<{ items: StoredMessage[] }> {
    return { items: await this.outbox.latest() };
  }
}

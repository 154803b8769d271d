import { Injectable } from '@nestjs/common';
import { DevOutboxRepository } from './dev-outbox.repository';
import { MessageTransport, type OutgoingMessage } from './message-transport';

/** Development and tests: "sends" by storing the message, readable at GET /api/v1/dev/outbox. */
@Injectable()
export class DevOutboxTransport extends MessageTransport {
  constructor(private readonly outbox: DevOutboxRepository) {
    super();
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.outbox.add(message);
  }
}

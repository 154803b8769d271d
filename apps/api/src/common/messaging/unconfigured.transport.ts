import { Injectable, Logger } from '@nestjs/common';
import { ApiException } from '../errors/api.exception';
import { MessageTransport, type OutgoingMessage } from './message-transport';

/**
 * Production, until a real email/SMS provider is configured: refuses loudly rather than
 * pretending to send, so codes are never silently lost. Replace it with a provider-backed
 * transport (SMTP / SMS gateway) selected in MessagingModule.
 */
@Injectable()
export class UnconfiguredTransport extends MessageTransport {
  private readonly logger = new Logger('UnconfiguredTransport');

  send(message: OutgoingMessage): Promise<void> {
    this.logger.error({ channel: message.channel }, 'no email/SMS provider is configured; the message was not sent');
    return Promise.reject(new ApiException('message_transport_unavailable'));
  }
}

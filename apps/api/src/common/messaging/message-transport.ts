export type MessageChannel = 'email' | 'sms';

export interface OutgoingMessage {
  readonly channel: MessageChannel;
  /** An email address or an E.164 number. */
  readonly recipient: string;
  /** Emails only; SMS has no subject. */
  readonly subject: string | null;
  readonly body: string;
}

/**
 * How the API sends email and SMS. An abstract class so Nest injects it by type; which
 * implementation runs depends on NODE_ENV (see MessagingModule).
 */
export abstract class MessageTransport {
  abstract send(message: OutgoingMessage): Promise<void>;
}

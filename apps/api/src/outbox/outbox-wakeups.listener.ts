import { Injectable, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';

export const OUTBOX_CHANNEL = 'outbox';

/**
 * LISTEN on the channel the outbox trigger notifies, on a connection of its own (a pooled
 * connection cannot stay subscribed). Losing it only slows the relay to its poll, so errors
 * are logged and the relay reconnects on its next cycle.
 */
@Injectable()
export class OutboxWakeups {
  private readonly logger = new Logger(OutboxWakeups.name);
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor(private readonly config: AppConfig) {}

  /** Connects and listens unless already done; never throws. */
  ensure(onWake: () => void): Promise<void> {
    if (this.client !== null) return Promise.resolve();
    this.connecting ??= this.connect(onWake).finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async stop(): Promise<void> {
    await this.connecting;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(onWake: () => void): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'open-proposals-outbox-listener' });
    const lost = (reason: string): void => {
      if (this.client !== client) return;
      this.logger.warn(`outbox listener lost (${reason}); polling until it reconnects`);
      this.client = null;
      void client.end().catch(() => undefined);
    };
    client.on('error', (error: Error) => lost(error.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (message) => {
      if (message.channel === OUTBOX_CHANNEL) onWake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`outbox listener could not start: ${error instanceof Error ? error.message : String(error)}`);
      await client.end().catch(() => undefined);
    }
  }
}

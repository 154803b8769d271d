import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DevOutboxMessageOrmEntity } from './dev-outbox-message.orm-entity';
import type { OutgoingMessage } from './message-transport';

export interface StoredMessage extends OutgoingMessage {
  readonly id: string;
  readonly createdAt: Date;
}

@Injectable()
export class DevOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async add(message: OutgoingMessage): Promise<void> {
    await this.dataSource.getRepository(DevOutboxMessageOrmEntity).insert({ ...message });
  }

  /** Newest first, bounded so a long-running development database stays quick to read. */
  async latest(limit = 200): Promise<StoredMessage[]> {
    const rows = await this.dataSource.getRepository(DevOutboxMessageOrmEntity).find({ order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
    return rows.map((row) => ({ id: row.id, channel: row.channel, recipient: row.recipient, subject: row.subject, body: row.body, createdAt: row.createdAt }));
  }
}

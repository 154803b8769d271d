import { Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';

/** The outbox as read by the health check (API) and the relay (worker). */
@Module({ providers: [OutboxRepository], exports: [OutboxRepository] })
export class OutboxModule {}

import { Module } from '@nestjs/common';
import { OutboxModule } from './outbox.module';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxWakeups } from './outbox-wakeups.listener';

/** Loaded by WorkerModule only: the API writes outbox rows, the worker publishes them. */
@Module({ imports: [OutboxModule], providers: [OutboxRelay, OutboxWakeups], exports: [OutboxRelay] })
export class OutboxWorkerModule {}

import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { DevOutboxController } from './dev-outbox.controller';
import { DevOutboxRepository } from './dev-outbox.repository';
import { DevOutboxTransport } from './dev-outbox.transport';
import { MessageTransport } from './message-transport';
import { UnconfiguredTransport } from './unconfigured.transport';

/**
 * Provides MessageTransport. The development outbox (transport and route) exists only outside
 * production, so a production deployment can never expose other people's codes.
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (config.isProduction) {
      return { module: MessagingModule, providers: [{ provide: MessageTransport, useClass: UnconfiguredTransport }], exports: [MessageTransport] };
    }
    return {
      module: MessagingModule,
      controllers: [DevOutboxController],
      providers: [DevOutboxRepository, { provide: MessageTransport, useClass: DevOutboxTransport }],
      exports: [MessageTransport],
    };
  }
}

import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import { REALTIME_PATH, type ServerToClientEvents } from '@open-proposals/domain';
import type { Server, Socket } from 'socket.io';

/** Events a client may send: none yet; rooms per proposal and per user come with their features. */
type ClientToServerEvents = Record<string, never>;

/** The one socket.io gateway. Sending happens through RealtimePublisher, from any process. */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class RealtimeGateway implements OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: Server<ClientToServerEvents, ServerToClientEvents>;

  handleConnection(client: Socket): void {
    this.logger.debug(`socket ${client.id} connected`);
  }

  async onModuleDestroy(): Promise<void> {
    // Closing the server ends every socket, so shutdown is not held up by open connections.
    await this.server?.close();
  }
}

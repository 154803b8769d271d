import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import { REALTIME_PATH, type ServerToClientEvents } from '@open-proposals/domain';
import type { Server, Socket } from 'socket.io';
import { WorkerHeartbeatService } from '../../maintenance/worker-heartbeat.service';

/** Events a client may send: none yet; rooms per proposal and per user come with their features. */
type ClientToServerEvents = Record<string, never>;

/** The one socket.io gateway. Sending happens through RealtimePublisher, from any process. */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class RealtimeGateway implements OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: Server<ClientToServerEvents, ServerToClientEvents>;

  constructor(private readonly heartbeat: WorkerHeartbeatService) {}

  /** A new socket gets the current state at once, rather than waiting for the next change. */
  async handleConnection(client: Socket<ClientToServerEvents, ServerToClientEvents>): Promise<void> {
    this.logger.debug(`socket ${client.id} connected`);
    try {
      const last = await this.heartbeat.last();
      if (last !== null) client.emit('system.heartbeat', last);
    } catch (error) {
      // Redis away: the socket still works and gets the next heartbeat when Redis returns.
      this.logger.warn(`no initial heartbeat for socket ${client.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    // Closing the server ends every socket, so shutdown is not held up by open connections.
    await this.server?.close();
  }
}

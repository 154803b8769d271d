import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import {
  hasRole,
  isProposalId,
  realtimeRooms,
  REALTIME_PATH,
  type Actor,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type WatchAck,
} from '@open-proposals/domain';
import type { Server, Socket } from 'socket.io';
import { WorkerHeartbeatService } from '../../maintenance/worker-heartbeat.service';
import { SessionResolver } from '../auth/session-resolver';
import { sessionTokenOf } from '../auth/session-cookies';
import { parseCookieHeader } from './cookie-header';

/** What the server remembers about a socket: who it belongs to, if anyone. */
interface SocketData {
  actorId?: string;
}

type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The identity rooms of a signed-in person: their own, and those of the staff groups they belong to. */
export const identityRooms = (actor: Actor): string[] => [
  realtimeRooms.user(actor.id),
  ...(hasRole(actor, 'moderator') ? [realtimeRooms.moderators] : []),
  ...(hasRole(actor, 'task_force_member') ? [realtimeRooms.taskforce] : []),
];

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The one socket.io gateway. Sending happens through RealtimePublisher, from any process. */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: RealtimeServer;

  constructor(
    private readonly heartbeat: WorkerHeartbeatService,
    private readonly sessions: SessionResolver,
  ) {}

  afterInit(server: RealtimeServer): void {
    // Middleware rather than handleConnection: it runs before the client sees `connect`, so a
    // socket is in its identity rooms from its first moment and no personal event can be missed.
    server.use((socket, next) => {
      this.joinIdentityRooms(socket).then(() => next(), () => next());
    });
  }

  /** A new socket gets the current state at once, rather than waiting for the next change. */
  async handleConnection(client: RealtimeSocket): Promise<void> {
    this.logger.debug(`socket ${client.id} connected`);
    try {
      const last = await this.heartbeat.last();
      if (last !== null) client.emit('system.heartbeat', last);
    } catch (error) {
      // Redis away: the socket still works and gets the next heartbeat when Redis returns.
      this.logger.warn(`no initial heartbeat for socket ${client.id}: ${messageOf(error)}`);
    }
  }

  /** Anyone may watch a proposal: its room only ever carries public figures (count, public status). */
  @SubscribeMessage('proposal.watch')
  async watch(@ConnectedSocket() client: RealtimeSocket, @MessageBody() proposalId: unknown): Promise<WatchAck> {
    if (!isProposalId(proposalId)) return { ok: false, error: 'invalid_proposal_id' };
    await client.join(realtimeRooms.proposal(proposalId.toLowerCase()));
    return { ok: true };
  }

  @SubscribeMessage('proposal.unwatch')
  async unwatch(@ConnectedSocket() client: RealtimeSocket, @MessageBody() proposalId: unknown): Promise<void> {
    if (isProposalId(proposalId)) await client.leave(realtimeRooms.proposal(proposalId.toLowerCase()));
  }

  async onModuleDestroy(): Promise<void> {
    // Closing the server ends every socket, so shutdown is not held up by open connections.
    await this.server?.close();
  }

  /**
   * The session cookie comes with the handshake (same origin, withCredentials). No cookie, an
   * expired one or a failed lookup leaves an anonymous socket: public rooms still work.
   */
  private async joinIdentityRooms(socket: RealtimeSocket): Promise<void> {
    const token = sessionTokenOf(parseCookieHeader(socket.handshake.headers.cookie));
    if (token === null) return;
    try {
      const session = await this.sessions.resolve(token);
      if (session === null) return;
      socket.data.actorId = session.actor.id;
      await socket.join(identityRooms(session.actor));
    } catch (error) {
      this.logger.warn(`socket ${socket.id} stays anonymous: ${messageOf(error)}`);
    }
  }
}

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  realtimeRooms,
  REALTIME_PATH,
  type Actor,
  type ClientToServerEvents,
  type ServerEventName,
  type ServerToClientEvents,
} from '@open-proposals/domain';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { RealtimePublisher } from '../../src/common/realtime/realtime-publisher';
import { CreateCosignService } from '../../src/cosigns/create-cosign.service';
import { proposalFactory } from '../factories/proposal.factory';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Payload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];
interface Received<E extends ServerEventName> { readonly at: number; readonly payload: Payload<E> }

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every `event` a socket receives, with the time it arrived. */
const record = <E extends ServerEventName>(socket: Client, event: E): Received<E>[] => {
  const received: Received<E>[] = [];
  // socket.io's listener type for E is a conditional type TypeScript cannot resolve while E is generic.
  socket.on(event, ((payload: Payload<E>) => received.push({ at: Date.now(), payload })) as Parameters<typeof socket.on<E>>[1]);
  return received;
};

/** Resolves with the first received entry that matches, or rejects after timeoutMs. */
const firstMatching = async <E extends ServerEventName>(received: Received<E>[], match: (p: Payload<E>) => boolean, timeoutMs: number): Promise<Received<E>> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const hit = received.find((r) => match(r.payload));
    if (hit !== undefined) return hit;
    if (Date.now() > until) throw new Error(`nothing matching within ${timeoutMs} ms (got ${JSON.stringify(received.map((r) => r.payload))})`);
    await sleep(20);
  }
};

/**
 * "Two API nodes" here are two Nest applications in this one process, each with its own HTTP
 * server, socket.io server and Redis adapter connections: they share nothing but Redis and
 * Postgres, exactly like two processes.
 */
describe('realtime: rooms, coalesced counts, two API nodes', () => {
  let nodeA: NestFastifyApplication;
  let nodeB: NestFastifyApplication;
  let urlA: string;
  let urlB: string;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  let citizen: TestPerson;
  const sockets: Client[] = [];

  /** A socket as a browser opens it: the session cookie (if any) rides on the handshake. */
  const connect = async (baseUrl: string, token?: string): Promise<Client> => {
    const socket: Client = io(baseUrl, {
      path: REALTIME_PATH,
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: token === undefined ? {} : { cookie: `op_session=${token}` },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  };
  const watch = async (socket: Client, proposalId: string) => expect(await socket.emitWithAck('proposal.watch', proposalId)).toEqual({ ok: true });
  const storedCount = async (proposalId: string): Promise<number> =>
    (await db.query<{ cosign_count: number }[]>('SELECT cosign_count FROM proposals WHERE id = $1', [proposalId]))[0]?.cosign_count ?? -1;
  const cosignOverHttp = (person: TestPerson, proposalId: string) => person.client.request('POST', `/v1/proposals/${proposalId}/cosigns`, { body: {} });
  const tokenOf = (person: TestPerson): string => person.client.cookie('op_session') ?? '';
  const phoneActor = async (): Promise<Actor> => {
    const user = await make.user({ phoneVerifiedAt: new Date(), emailVerifiedAt: new Date() });
    return { id: user.id, verificationTier: 'phone', roles: [{ kind: 'citizen' }] };
  };

  beforeAll(async () => {
    ({ app: nodeA, baseUrl: urlA } = await startTestApi());
    ({ app: nodeB, baseUrl: urlB } = await startTestApi());
    db = nodeA.get(DataSource);
    make = proposalFactory(db);
    citizen = await signedInPerson(nodeA, urlA, { tier: 'phone' });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
  });

  it('sends the new count to a socket in the proposal room within 1.5 s of an HTTP co-sign, and nothing to one outside', async () => {
    const { id } = await make.proposal();
    const watcher = await connect(urlA);
    const outsider = await connect(urlA);
    await watch(watcher, id);
    const counts = record(watcher, 'proposal.count');
    const elsewhere = record(outsider, 'proposal.count');

    const started = Date.now();
    expect((await cosignOverHttp(citizen, id)).status).toBe(201);
    const first = await firstMatching(counts, (c) => c.count === 1, 1500);

    expect(first.at - started).toBeLessThanOrEqual(1500);
    expect(first.payload).toEqual({ proposalId: id, count: 1, threshold: 5000 });
    await sleep(1200);
    expect(elsewhere).toEqual([]);
    // The node timed writing it to its sockets, for operators (DEPLOY.md, Realtime).
    const metrics = await (await fetch(`${urlA}/metrics`)).text();
    expect(metrics).toMatch(/^op_realtime_broadcast_duration_seconds_count\{sockets="1-9"\} [1-9]/m);
  });

  it('answers a watch of anything but a proposal id with an error, and stops sending after unwatch', async () => {
    const { id } = await make.proposal();
    const socket = await connect(urlA);
    for (const bad of ['moderators', `user:${citizen.id}`, 'not-a-uuid']) {
      expect(await socket.emitWithAck('proposal.watch', bad)).toEqual({ ok: false, error: 'invalid_proposal_id' });
    }
    await watch(socket, id);
    socket.emit('proposal.unwatch', id);
    // The unwatch is processed in order before this ack: the socket has left the room.
    await socket.emitWithAck('proposal.watch', 'not-a-uuid');
    const counts = record(socket, 'proposal.count');
    expect((await cosignOverHttp(citizen, id)).status).toBe(201);
    await sleep(1200);
    expect(counts).toEqual([]);
  });

  it('coalesces a burst of 20 co-signs on two nodes to at most 2 emits per second, ending on the stored count', async () => {
    const { id } = await make.proposal();
    const actors = await Promise.all(Array.from({ length: 20 }, phoneActor));
    const watcher = await connect(urlA);
    const outsider = await connect(urlB);
    await watch(watcher, id);
    const counts = record(watcher, 'proposal.count');
    const elsewhere = record(outsider, 'proposal.count');

    // Half through each node: the coalescing window lives in Redis, not in one process.
    const services = [nodeA.get(CreateCosignService), nodeB.get(CreateCosignService)];
    const outcomes = await Promise.all(actors.map((actor, i) => services[i % 2]?.cosign(actor, id, undefined)));
    expect(outcomes.every((o) => o?.created === true)).toBe(true);
    // The trailing emit comes at most one window (1 s) after the last co-sign.
    await sleep(2500);

    expect(counts.length).toBeGreaterThanOrEqual(1);
    for (const { at } of counts) expect(counts.filter((c) => c.at >= at && c.at < at + 1000).length).toBeLessThanOrEqual(2);
    expect(await storedCount(id)).toBe(20);
    expect(counts.at(-1)?.payload.count).toBe(20);
    expect(elsewhere).toEqual([]);
  });

  it('delivers a co-sign made through one node to a socket connected to the other', async () => {
    const { id } = await make.proposal();
    const watcher = await connect(urlB);
    await watch(watcher, id);
    const counts = record(watcher, 'proposal.count');
    expect((await cosignOverHttp(citizen, id)).status).toBe(201); // citizen's client talks to node A
    expect((await firstMatching(counts, (c) => c.count === 1, 1500)).payload.proposalId).toBe(id);
  });

  it('announces the status change when a co-sign reaches the threshold, to the room and to the proposer', async () => {
    const proposer = await signedInPerson(nodeA, urlA, { tier: 'phone' });
    const cycle = await make.cycle({ threshold: 1 });
    const { id } = await make.proposal({ cycleId: cycle.id, proposerId: proposer.id });
    const watcher = await connect(urlB);
    const proposerSocket = await connect(urlA, tokenOf(proposer));
    await watch(watcher, id);
    const seen = record(watcher, 'proposal.status');
    const proposerSeen = record(proposerSocket, 'proposal.status');

    expect((await cosignOverHttp(citizen, id)).status).toBe(201);

    expect((await firstMatching(seen, (s) => s.proposalId === id, 1500)).payload.status).toBe('threshold_reached');
    expect((await firstMatching(proposerSeen, (s) => s.proposalId === id, 1500)).payload.status).toBe('threshold_reached');
  });

  it('puts a signed-in socket in its own user room (and staff rooms by role) on any node, and nobody else', async () => {
    const alice = await signedInPerson(nodeA, urlA, { tier: 'email' });
    const bob = await signedInPerson(nodeA, urlA, { tier: 'email' });
    const moderator = await signedInPerson(nodeA, urlA, { tier: 'email', roles: [{ kind: 'moderator' }] });
    const aliceSocket = await connect(urlA, tokenOf(alice));
    const bobSocket = await connect(urlB, tokenOf(bob));
    const moderatorSocket = await connect(urlB, tokenOf(moderator));
    const anonymous = await connect(urlA);
    const forged = await connect(urlA, `${tokenOf(alice)}x`);
    const notes = [aliceSocket, bobSocket, moderatorSocket, anonymous, forged].map((s) => record(s, 'notification'));
    const queues = [aliceSocket, moderatorSocket, anonymous].map((s) => record(s, 'moderation.queue'));

    const publisher = nodeB.get(RealtimePublisher);
    const note = { id: 'n-1', kind: 'proposal.routed', proposalId: null, at: new Date().toISOString() };
    publisher.publish('notification', note, realtimeRooms.user(alice.id));
    publisher.publish('moderation.queue', { inReview: 3, overdue: 1 }, realtimeRooms.moderators);

    await firstMatching(notes[0] ?? [], (n) => n.id === 'n-1', 1500);
    await firstMatching(queues[1] ?? [], (q) => q.inReview === 3, 1500);
    await sleep(300);
    expect(notes.map((n) => n.length)).toEqual([1, 0, 0, 0, 0]);
    expect(queues.map((q) => q.length)).toEqual([0, 1, 0]);
  });
});

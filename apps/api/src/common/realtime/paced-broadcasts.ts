import type { Namespace, Socket } from 'socket.io';
import type { BroadcastPacer } from './broadcast-pacer';

/**
 * The two steps of socket.io-adapter's in-memory `broadcast` (2.5), also reached from the Redis
 * adapter when a broadcast arrives from another process: `_encode` the packet once, then `apply`
 * a write to each matching socket. Both are private in its typings, and the Redis adapter calls
 * its parent's `broadcast` directly, so wrapping these two on the instance is the one place every
 * broadcast passes through.
 */
interface BroadcastSteps {
  _encode(packet: { id?: number }, packetOptions: unknown): unknown;
  apply(options: unknown, callback: (socket: Socket) => void): void;
}

/**
 * Makes an adapter write its broadcasts through `pacer`, a slice of sockets per turn of the event
 * loop. Only plain broadcasts: one expecting acknowledgements (its packet has an id) counts its
 * sockets synchronously, and the adapter's other uses of `apply` (fetchSockets, join, leave)
 * must see the sockets at once.
 */
const paceBroadcasts = <A extends object>(adapter: A, pacer: BroadcastPacer<Socket>): A => {
  const steps = adapter as unknown as BroadcastSteps;
  if (typeof steps._encode !== 'function' || typeof steps.apply !== 'function') {
    throw new Error('the socket.io adapter no longer has _encode/apply: review paced-broadcasts.ts before upgrading socket.io-adapter');
  }
  const encode = steps._encode.bind(adapter);
  const apply = steps.apply.bind(adapter);
  // Set by `_encode` and consumed by the `apply` that follows it in the same synchronous call.
  let broadcasting = false;
  steps._encode = (packet, packetOptions) => {
    broadcasting = packet.id === undefined;
    return encode(packet, packetOptions);
  };
  steps.apply = (options, callback) => {
    if (!broadcasting) return apply(options, callback);
    broadcasting = false;
    const sockets: Socket[] = [];
    apply(options, (socket) => sockets.push(socket));
    pacer.deliver(sockets, callback);
  };
  return adapter;
};

/**
 * An adapter factory (such as the Redis adapter's `createAdapter(...)`) whose adapters pace their
 * broadcasts. socket.io calls it with `new`, so it is a function, not an arrow: `new` then
 * returns the adapter made here.
 */
export const pacedAdapters = <A extends object>(adapterOf: (namespace: Namespace) => A, pacer: BroadcastPacer<Socket>): ((namespace: Namespace) => A) =>
  function pacedAdapterOf(namespace: Namespace): A {
    return paceBroadcasts(adapterOf(namespace), pacer);
  };

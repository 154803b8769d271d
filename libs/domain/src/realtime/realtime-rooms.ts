/**
 * Every socket.io room name, in one place: the gateway joins them and publishers address them,
 * so a typo cannot send an event to a room nobody is in (or, worse, to the wrong person).
 */
export const realtimeRooms = {
  /** Anyone watching the proposal: public figures only. */
  proposal: (proposalId: string): string => `proposal:${proposalId}`,
  /** One person's sockets: the only room for personal data. */
  user: (userId: string): string => `user:${userId}`,
  moderators: 'moderators',
  taskforce: 'taskforce',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-sent value may name a proposal room (ids are uuids; anything else is refused). */
export const isProposalId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

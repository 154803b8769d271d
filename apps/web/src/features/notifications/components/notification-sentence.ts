/** Kinds with their own sentence; any other kind gets the generic one, so a new event type never shows a raw key. */
const SENTENCES = {
  'proposal.published': 'notifications.kinds.proposal_published',
  'proposal.returned': 'notifications.kinds.proposal_returned',
  'proposal.rejected': 'notifications.kinds.proposal_rejected',
  'proposal.threshold_reached': 'notifications.kinds.proposal_threshold_reached',
  'proposal.routed': 'notifications.kinds.proposal_routed',
  'proposal.decided': 'notifications.kinds.proposal_decided',
  'agency.responded': 'notifications.kinds.agency_responded',
} as const;

type SentenceKey = (typeof SENTENCES)[keyof typeof SENTENCES] | 'notifications.kinds.other';

const isKnownKind = (kind: string): kind is keyof typeof SENTENCES => Object.hasOwn(SENTENCES, kind);

export const notificationSentenceKey = (kind: string): SentenceKey => (isKnownKind(kind) ? SENTENCES[kind] : 'notifications.kinds.other');

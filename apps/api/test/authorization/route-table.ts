import { PERSONAS, type Persona } from './personas';

/**
 * What each persona must get from each route, as the permission policy says:
 * 'ok' = allowed (any answer but 401/403, never 5xx), 401 = asked to sign in, 403 = refused,
 * 404 = not even told it exists (someone else's draft), 'any' = not an authorization question.
 */
export type Expected = 'ok' | 'any' | 401 | 403 | 404;
export type Expectations = Readonly<Record<Persona, Expected>>;

/** The resources a route is tried on, created once per run. */
export interface RouteContext {
  /** A draft of the 'owner' persona. */
  readonly draftOfOwner: string;
  readonly inReview: string;
  readonly open: string;
  /** A comment by the 'owner' persona: only its author may edit it. */
  readonly commentOfOwner: string;
  /** A comment by someone who is none of the personas. */
  readonly commentOfOther: string;
  /** A commitment of nap-1 that the 'right' agency is responsible for. */
  readonly commitment: string;
  /** An open task-force review item of a routed proposal. */
  readonly reviewItem: string;
  readonly meeting: string;
  /** A response request to the 'right' agency. */
  readonly agencyRequest: string;
  readonly adminTarget: string;
  readonly login: { readonly email: string; readonly password: string };
  readonly unique: () => string;
}

export interface RouteCase {
  readonly expect: Expectations;
  readonly path?: (ctx: RouteContext) => string;
  readonly body?: (ctx: RouteContext) => unknown;
  /** For routes that end or replace the caller's session: run with a fresh person of the same persona. */
  readonly freshPerson?: true;
}

const everyone = (e: Expected): Expectations => Object.fromEntries(PERSONAS.map((persona) => [persona, e])) as Record<Persona, Expected>;
/** Allowed for these personas only; every other signed-in persona is refused, the visitor asked to sign in. */
const only = (...allowed: Persona[]): Expectations => ({ ...everyone(403), visitor: 401, ...Object.fromEntries(allowed.map((persona) => [persona, 'ok'])) });
const PUBLIC = everyone('ok');
const SIGNED_IN: Expectations = { ...everyone('ok'), visitor: 401 };
const EMAIL_TIER: Expectations = { ...SIGNED_IN, unverified: 403 };
const PHONE_TIER: Expectations = { ...EMAIL_TIER, email: 403 };
const MODERATOR = only('moderator');
const ADMIN = only('admin');
/** Both sides of the task force hold the same powers. */
const TASK_FORCE = only('taskforceGov', 'taskforceCivil');
/** Reporting on a commitment: the task force and officers of a responsible agency, not of another one. */
const COMMITMENT_REPORTERS = only('taskforceGov', 'taskforceCivil', 'officerRight');
/** Only the comment's author may edit it. */
const AUTHOR = only('owner');
/** The owner's draft: to everyone else it does not exist. */
const OWNER: Expectations = { ...everyone(404), visitor: 401, owner: 'ok' };

/** Every route of the API, keyed as in the OpenAPI document. A route missing here fails the test. */
export const ROUTE_TABLE: Readonly<Record<string, RouteCase>> = {
  'GET /api/health': { expect: everyone('any') },
  'GET /api/health/live': { expect: PUBLIC },
  'GET /api/health/ready': { expect: PUBLIC },
  'GET /api/v1/action-plans': { expect: PUBLIC },
  'GET /api/v1/action-plans/{code}': { expect: PUBLIC, path: () => '/api/v1/action-plans/nap-1' },

  'GET /api/v1/proposals': { expect: PUBLIC },
  'GET /api/v1/proposals/similar': { expect: PUBLIC, path: () => '/api/v1/proposals/similar?title=%E9%96%8B%E6%94%BE' },
  'GET /api/v1/proposals/{id}': { expect: PUBLIC, path: (c) => `/api/v1/proposals/${c.open}` },
  'POST /api/v1/proposals': { expect: SIGNED_IN, body: () => ({ title: '矩陣測試' }) },
  'PATCH /api/v1/proposals/{id}': { expect: OWNER, path: (c) => `/api/v1/proposals/${c.draftOfOwner}`, body: () => ({ title: '改過' }) },
  'POST /api/v1/proposals/{id}/submit': { expect: OWNER, path: (c) => `/api/v1/proposals/${c.draftOfOwner}/submit` },
  'POST /api/v1/proposals/{id}/withdraw': { expect: OWNER, path: (c) => `/api/v1/proposals/${c.draftOfOwner}/withdraw` },
  'GET /api/v1/me/proposals': { expect: SIGNED_IN },
  'GET /api/v1/me/proposals/{id}': { expect: OWNER, path: (c) => `/api/v1/me/proposals/${c.draftOfOwner}` },

  'POST /api/v1/accounts': { expect: PUBLIC, body: (c) => ({ email: `${c.unique()}@example.org`, password: 'matrix password 12345', displayName: '矩陣' }) },
  // Logging in replaces the caller's session, so it runs on a fresh person, as logout does.
  'POST /api/v1/session': { expect: PUBLIC, body: (c) => c.login, freshPerson: true },
  'DELETE /api/v1/session': { expect: SIGNED_IN, freshPerson: true },
  'GET /api/v1/session/me': { expect: SIGNED_IN },
  'POST /api/v1/accounts/me/email-verification': { expect: SIGNED_IN },
  'POST /api/v1/accounts/me/email-verification/confirm': { expect: SIGNED_IN, body: () => ({ code: '000000' }) },
  'POST /api/v1/accounts/me/phone': { expect: SIGNED_IN, body: (c) => ({ phone: `+8869${c.unique().replace(/\D/g, '').padStart(8, '0').slice(-8)}` }) },
  'POST /api/v1/accounts/me/phone/confirm': { expect: SIGNED_IN, body: () => ({ code: '000000' }) },
  'POST /api/v1/password-reset': { expect: PUBLIC, body: (c) => ({ email: c.login.email }) },
  'POST /api/v1/password-reset/confirm': { expect: PUBLIC, body: (c) => ({ email: c.login.email, code: '000000', newPassword: 'another long password 1' }) },
  'GET /api/v1/admin/users': { expect: ADMIN },
  'PUT /api/v1/admin/users/{id}/roles': { expect: ADMIN, path: (c) => `/api/v1/admin/users/${c.adminTarget}/roles`, body: () => ({ roles: [{ kind: 'citizen' }] }) },
  'GET /api/v1/dev/outbox': { expect: PUBLIC },

  'POST /api/v1/proposals/{id}/cosigns': { expect: PHONE_TIER, path: (c) => `/api/v1/proposals/${c.open}/cosigns`, body: () => ({}) },
  'GET /api/v1/me/cosigns': { expect: SIGNED_IN },
  'GET /api/v1/me/notifications': { expect: SIGNED_IN },
  'POST /api/v1/me/notifications/read': { expect: SIGNED_IN, body: () => ({}) },
  'GET /api/v1/me/notification-settings': { expect: SIGNED_IN },
  'PUT /api/v1/me/notification-settings': { expect: SIGNED_IN, body: () => ({ email: true }) },
  'PUT /api/v1/proposals/{id}/follow': { expect: SIGNED_IN, path: (c) => `/api/v1/proposals/${c.open}/follow` },
  'DELETE /api/v1/proposals/{id}/follow': { expect: SIGNED_IN, path: (c) => `/api/v1/proposals/${c.open}/follow` },
  'GET /api/v1/proposals/{id}/follow': { expect: SIGNED_IN, path: (c) => `/api/v1/proposals/${c.open}/follow` },
  'GET /api/v1/me/follows': { expect: SIGNED_IN },
  'GET /api/v1/me/data-export': { expect: SIGNED_IN },
  // A wrong password answers 400 (password_incorrect), so no persona is erased; fresh people all the same.
  'POST /api/v1/me/account-deletion': { expect: SIGNED_IN, body: () => ({ password: 'not the password 12345' }), freshPerson: true },
  'GET /api/v1/proposals/{id}/cosigns/stats': { expect: PUBLIC, path: (c) => `/api/v1/proposals/${c.open}/cosigns/stats` },
  'GET /api/v1/proposals/{id}/cosigns/comments': { expect: PUBLIC, path: (c) => `/api/v1/proposals/${c.open}/cosigns/comments` },

  'GET /api/v1/moderation/queue': { expect: MODERATOR },
  'GET /api/v1/moderation/backlog': { expect: PUBLIC },
  'GET /api/v1/rejections': { expect: PUBLIC },
  'GET /api/v1/rejections/reasons': { expect: PUBLIC },
  'POST /api/v1/moderation/proposals/{id}/publish': { expect: MODERATOR, path: (c) => `/api/v1/moderation/proposals/${c.inReview}/publish` },
  'POST /api/v1/moderation/proposals/{id}/return': { expect: MODERATOR, path: (c) => `/api/v1/moderation/proposals/${c.inReview}/return`, body: () => ({ note: '請補充現況說明' }) },
  'POST /api/v1/moderation/proposals/{id}/reject': { expect: MODERATOR, path: (c) => `/api/v1/moderation/proposals/${c.inReview}/reject`, body: () => ({ code: 'unclear' }) },
  'POST /api/v1/moderation/proposals/{id}/agencies': { expect: MODERATOR, path: (c) => `/api/v1/moderation/proposals/${c.open}/agencies`, body: () => ({ agencyIds: ['00000000-0000-4000-8000-000000000000'] }) },
  'POST /api/v1/moderation/proposals/{id}/duplicate': { expect: MODERATOR, path: (c) => `/api/v1/moderation/proposals/${c.inReview}/duplicate`, body: (c) => ({ duplicateOfId: c.open }) },
  'GET /api/v1/moderation/cosign-alerts': { expect: MODERATOR },
  // An id no alert has: the moderator gets 404 and nothing is written.
  'POST /api/v1/moderation/cosign-alerts/{id}/dismissal': {
    expect: MODERATOR,
    path: () => '/api/v1/moderation/cosign-alerts/00000000-0000-4000-8000-000000000000/dismissal',
    body: () => ({ note: '矩陣測試' }),
  },
  // A domain no co-signer has: the moderator gets 200 (preview) or 409 (nothing to invalidate), and no co-sign changes.
  'POST /api/v1/moderation/proposals/{id}/invalidations/preview': { expect: MODERATOR, path: (c) => `/api/v1/moderation/proposals/${c.open}/invalidations/preview`, body: () => ({ emailDomain: 'matrix.invalid' }) },
  'POST /api/v1/moderation/proposals/{id}/invalidations': {
    expect: MODERATOR,
    path: (c) => `/api/v1/moderation/proposals/${c.open}/invalidations`,
    body: () => ({ emailDomain: 'matrix.invalid', reason: 'other', note: '矩陣測試' }),
  },
  'GET /api/v1/cosign-invalidations': { expect: PUBLIC },
  'GET /api/v1/proposals/{id}/cosign-invalidations': { expect: PUBLIC, path: (c) => `/api/v1/proposals/${c.open}/cosign-invalidations` },

  'GET /api/v1/proposals/{id}/comments': { expect: PUBLIC, path: (c) => `/api/v1/proposals/${c.open}/comments` },
  'POST /api/v1/proposals/{id}/comments': { expect: EMAIL_TIER, path: (c) => `/api/v1/proposals/${c.open}/comments`, body: () => ({ body: '同意', stance: 'support' }) },
  'PATCH /api/v1/comments/{id}': { expect: AUTHOR, path: (c) => `/api/v1/comments/${c.commentOfOwner}`, body: () => ({ body: '改寫' }) },
  'POST /api/v1/comments/{id}/reports': { expect: SIGNED_IN, path: (c) => `/api/v1/comments/${c.commentOfOther}/reports`, body: () => ({}) },
  'GET /api/v1/moderation/comments/reported': { expect: MODERATOR },
  'POST /api/v1/moderation/comments/{id}/hide': { expect: MODERATOR, path: (c) => `/api/v1/moderation/comments/${c.commentOfOther}/hide`, body: () => ({ reason: '人身攻擊' }) },
  'POST /api/v1/moderation/comments/{id}/restore': { expect: MODERATOR, path: (c) => `/api/v1/moderation/comments/${c.commentOfOther}/restore`, body: () => ({ reason: '經複查無違規' }) },

  'GET /api/v1/agencies': { expect: PUBLIC },
  'GET /api/v1/agencies/responsiveness': { expect: PUBLIC },
  'GET /api/v1/agencies/{id}/requests': { expect: PUBLIC, path: () => '/api/v1/agencies/00000000-0000-4000-8000-000000000000/requests' },
  'GET /api/v1/proposals/{id}/responses': { expect: PUBLIC, path: (c) => `/api/v1/proposals/${c.open}/responses` },
  'GET /api/v1/agency/requests': { expect: only('officerRight', 'officerWrong') },
  'POST /api/v1/agency/requests/{id}/response': {
    expect: only('officerRight'),
    path: (c) => `/api/v1/agency/requests/${c.agencyRequest}/response`,
    body: () => ({ points: [{ body: '回應' }] }),
  },
  'POST /api/v1/agency/requests/{id}/extension': {
    expect: only('officerRight'),
    path: (c) => `/api/v1/agency/requests/${c.agencyRequest}/extension`,
    body: () => ({ reason: '需協調', newDueAt: '2099-01-01T00:00:00.000Z' }),
  },
  'POST /api/v1/admin/agencies': { expect: ADMIN, body: (c) => ({ code: c.unique(), nameZhTw: '矩陣機關', nameEn: 'Matrix agency' }) },
  'GET /api/v1/admin/cycles/current': { expect: ADMIN },
  // An empty change saves nothing new, so the matrix leaves the cycle other routes rely on as it was.
  'PATCH /api/v1/admin/cycles/current': { expect: ADMIN, body: () => ({}) },

  'GET /api/v1/taskforce/inbox': { expect: TASK_FORCE },
  'POST /api/v1/taskforce/review-items/{id}/decision': {
    expect: TASK_FORCE,
    path: (c) => `/api/v1/taskforce/review-items/${c.reviewItem}/decision`,
    body: () => ({ outcome: 'refer', rationale: '轉請主管機關研處', votes: { government: { for: 1, against: 0, abstain: 0 }, civil: { for: 1, against: 0, abstain: 0 } } }),
  },
  // Admins may read the meetings list too (to see what the task force plans); only members plan them.
  'GET /api/v1/taskforce/meetings': { expect: only('taskforceGov', 'taskforceCivil', 'admin') },
  'POST /api/v1/taskforce/meetings': { expect: TASK_FORCE, body: () => ({ heldOn: '2025-09-15', title: '矩陣會議' }) },
  'POST /api/v1/taskforce/meetings/{id}/agenda': { expect: TASK_FORCE, path: (c) => `/api/v1/taskforce/meetings/${c.meeting}/agenda`, body: (c) => ({ commitmentId: c.commitment }) },
  'POST /api/v1/taskforce/meetings/{id}/agenda/fill': { expect: TASK_FORCE, path: (c) => `/api/v1/taskforce/meetings/${c.meeting}/agenda/fill` },
  'GET /api/v1/taskforce/meetings/{id}': { expect: TASK_FORCE, path: (c) => `/api/v1/taskforce/meetings/${c.meeting}` },
  'GET /api/v1/taskforce/structure': { expect: PUBLIC },
  'GET /api/v1/action-plans/{code}/commitments': { expect: PUBLIC, path: () => '/api/v1/action-plans/nap-1/commitments' },
  'GET /api/v1/commitments/{id}': { expect: PUBLIC, path: (c) => `/api/v1/commitments/${c.commitment}` },
  'POST /api/v1/commitments/{id}/milestones': { expect: COMMITMENT_REPORTERS, path: (c) => `/api/v1/commitments/${c.commitment}/milestones`, body: () => ({ title: { 'zh-TW': '里程碑' }, dueOn: '2025-12-31' }) },
  // Closing tracking is the task force's decision alone, not the agency's.
  'POST /api/v1/commitments/{id}/tracking/close': { expect: TASK_FORCE, path: (c) => `/api/v1/commitments/${c.commitment}/tracking/close`, body: () => ({ reason: '已完成' }) },
  'POST /api/v1/commitments/{id}/progress': { expect: COMMITMENT_REPORTERS, path: (c) => `/api/v1/commitments/${c.commitment}/progress`, body: () => ({ quarter: '2025-Q3', text: { 'zh-TW': '進度' }, completion: 'limited' }) },
  'GET /api/v1/open-data': { expect: PUBLIC },
  'GET /api/v1/open-data/{dataset}.csv': { expect: PUBLIC, path: () => '/api/v1/open-data/proposals.csv' },
  'GET /api/v1/open-data/{dataset}.json': { expect: PUBLIC, path: () => '/api/v1/open-data/proposals.json' },
  'GET /api/v1/stats': { expect: PUBLIC },
  // The IRM assessment is an admin's to enter.
  'PATCH /api/v1/commitments/{id}/assessment': {
    expect: ADMIN,
    path: (c) => `/api/v1/commitments/${c.commitment}/assessment`,
    body: () => ({ kind: 'irm', completion: 'limited', potentialResults: 'modest', didItOpenGovernment: 'marginal', verifiable: 'yes' }),
  },
};

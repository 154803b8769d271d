import type { Actor } from './actor';
import { authorize, type DenialReason, type PolicyAction, type PolicyResources } from './permission.policy';

const citizen = { kind: 'citizen' } as const;
const actors: Readonly<Record<string, Actor | null>> = {
  visitor: null,
  citizen_none: { id: 'c0', verificationTier: 'none', roles: [citizen] },
  citizen_email: { id: 'c1', verificationTier: 'email', roles: [citizen] },
  owner_phone: { id: 'owner', verificationTier: 'phone', roles: [citizen] },
  owner_email: { id: 'owner', verificationTier: 'email', roles: [citizen] },
  other_phone: { id: 'c2', verificationTier: 'phone', roles: [citizen] },
  moderator: { id: 'm', verificationTier: 'phone', roles: [{ kind: 'moderator' }] },
  tf_member: { id: 't', verificationTier: 'phone', roles: [{ kind: 'task_force_member', side: 'civil', role: 'member' }] },
  officer_a: { id: 'oa', verificationTier: 'email', roles: [{ kind: 'agency_officer', agencyId: 'agency-a' }] },
  officer_b: { id: 'ob', verificationTier: 'email', roles: [{ kind: 'agency_officer', agencyId: 'agency-b' }] },
  admin: { id: 'adm', verificationTier: 'phone', roles: [{ kind: 'admin' }] },
  citizen_moderator_officer: {
    id: 'multi',
    verificationTier: 'phone',
    roles: [citizen, { kind: 'moderator' }, { kind: 'agency_officer', agencyId: 'agency-b' }, { kind: 'agency_officer', agencyId: 'agency-a' }],
  },
};

const resources: { readonly [A in PolicyAction]: PolicyResources[A] } = {
  'proposal.create': undefined,
  'proposal.edit': { proposerId: 'owner' },
  'proposal.submit': { proposerId: 'owner' },
  'proposal.withdraw': { proposerId: 'owner' },
  'proposal.moderate': undefined,
  'cosign.create': { proposerId: 'owner' },
  'comment.create': undefined,
  'comment.moderate': undefined,
  'taskforce.decide': undefined,
  'agency.respond': { agencyId: 'agency-a' },
  'admin.assign_roles': undefined,
  'cycle.configure': undefined,
};

const ACTIONS = Object.keys(resources) as PolicyAction[];

/** A = allowed; otherwise the denial reason's initial. Columns follow ACTIONS. */
const CODES: Readonly<Record<string, DenialReason | 'allowed'>> = {
  A: 'allowed',
  U: 'unauthenticated',
  R: 'role_required',
  T: 'tier_required',
  O: 'not_owner',
  W: 'wrong_agency',
  S: 'own_proposal',
};

//            create edit submit withdraw moderate cosign comment c.mod tf.decide respond roles cycle
const TABLE: Readonly<Record<string, string>> = {
  visitor: '                  U U U U U U U U U U U U',
  citizen_none: '             A O O O R T T R R R R R',
  citizen_email: '            A O O O R T A R R R R R',
  owner_phone: '              A A A A R S A R R R R R',
  owner_email: '              A A T A R T A R R R R R',
  other_phone: '              A O O O R A A R R R R R',
  moderator: '                R O O O A R R A R R R R',
  tf_member: '                R O O O R R R R A R R R',
  officer_a: '                R O O O R R R R R A R R',
  officer_b: '                R O O O R R R R R W R R',
  admin: '                    R O O O R R R R R R A A',
  citizen_moderator_officer: 'A O O O A A A A R A R R',
};

const cases = Object.entries(TABLE).flatMap(([actorName, row]) =>
  row
    .trim()
    .split(/\s+/)
    .map((letter, column) => ({ actorName, action: ACTIONS[column], expected: CODES[letter] })),
);

describe('authorize: role × action', () => {
  it('the table covers every actor and action', () => {
    expect(cases).toHaveLength(Object.keys(actors).length * ACTIONS.length);
    expect(cases.every((c) => c.expected !== undefined)).toBe(true);
  });

  it.each(cases)('$actorName · $action → $expected', ({ actorName, action, expected }) => {
    const decision = authorize(actors[actorName] ?? null, action, resources[action]);
    expect(decision.allowed ? 'allowed' : decision.reason).toBe(expected);
  });
});

describe('authorize: explanations', () => {
  it('names the missing role or tier so the UI can say what to do', () => {
    expect(authorize(actors.citizen_email ?? null, 'cosign.create', { proposerId: 'owner' })).toEqual({
      allowed: false,
      reason: 'tier_required',
      requiredTier: 'phone',
    });
    expect(authorize(actors.citizen_email ?? null, 'proposal.moderate', undefined)).toEqual({
      allowed: false,
      reason: 'role_required',
      requiredRole: 'moderator',
    });
    expect(authorize(actors.admin ?? null, 'agency.respond', { agencyId: 'agency-a' })).toMatchObject({ requiredRole: 'agency_officer' });
  });

  it('actions without a resource need no resource argument', () => {
    expect(authorize(actors.admin ?? null, 'cycle.configure')).toEqual({ allowed: true });
    // @ts-expect-error an agency response is always checked against its agency
    expect(authorize(actors.officer_a ?? null, 'agency.respond')).toEqual({ allowed: false, reason: 'resource_missing' });
  });
});

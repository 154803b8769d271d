import { draftProblems, removedRoles, toDraft, toRoles } from './role-draft';

const AGENCY_A = 'a1000000-0000-4000-8000-0000000000a1';
const AGENCY_B = 'a2000000-0000-4000-8000-0000000000a2';

describe('the role editor’s draft', () => {
  it('round-trips every role kind, keeping a second agency it does not edit', () => {
    const roles = [
      { kind: 'citizen' },
      { kind: 'moderator' },
      { kind: 'task_force_member', side: 'civil', role: 'convener' },
      { kind: 'agency_officer', agencyId: AGENCY_A },
      { kind: 'agency_officer', agencyId: AGENCY_B },
      { kind: 'admin' },
    ] as const;
    expect(toRoles(toDraft(roles))).toEqual(roles);
    expect(removedRoles(roles, toRoles(toDraft(roles)))).toEqual([]);
  });

  it('needs a side and a role for the task force, and an agency for an officer', () => {
    const draft = { ...toDraft([{ kind: 'citizen' }]), taskforce: true, agency: true };
    expect(draftProblems(draft)).toEqual(['side', 'tfRole', 'agencyId']);
    expect(draftProblems({ ...draft, side: 'government', tfRole: 'member', agencyId: AGENCY_A })).toEqual([]);
  });

  it('names what is removed: a dropped role, another agency, another task-force seat', () => {
    const before = [{ kind: 'citizen' }, { kind: 'moderator' }, { kind: 'task_force_member', side: 'civil', role: 'member' }, { kind: 'agency_officer', agencyId: AGENCY_A }] as const;
    const draft = toDraft(before);
    expect(removedRoles(before, toRoles({ ...draft, moderator: false }))).toEqual([{ kind: 'moderator' }]);
    expect(removedRoles(before, toRoles({ ...draft, agencyId: AGENCY_B }))).toEqual([{ kind: 'agency_officer', agencyId: AGENCY_A }]);
    expect(removedRoles(before, toRoles({ ...draft, side: 'government' }))).toEqual([{ kind: 'task_force_member', side: 'civil', role: 'member' }]);
    // Granting only removes nothing, so no confirmation is asked.
    expect(removedRoles(before, toRoles({ ...draft, admin: true }))).toEqual([]);
  });
});

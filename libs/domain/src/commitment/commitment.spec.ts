import type { Actor } from '../policy/actor';
import { addMilestone, assessCommitment, closeTracking, createCommitment, reportProgress, type AssessCommitmentInput, type CreateCommitmentInput } from './commitment.aggregate';
import { authorizeCommitmentAssessment, authorizeCommitmentClosure, authorizeCommitmentReport } from './commitment.policy';
import type { Commitment } from './commitment.state';

const NOW = new Date('2025-07-01T02:00:00Z');
const AREAS = ['open-data', 'public-participation'];
const input: CreateCommitmentInput = {
  id: 'c-1',
  actorId: 'convener-1',
  planCode: 'nap-1',
  planAreaCodes: AREAS,
  areaCode: 'open-data',
  title: { 'zh-TW': ' 公開會議紀錄 ' },
  description: { 'zh-TW': '建立平台', en: 'Build a platform' },
  origin: 'citizen_proposal',
  sourceProposalId: 'p-1',
  responsibleAgencyIds: ['ndc', 'ndc'],
};

const created = (): Commitment => {
  const result = createCommitment(input, NOW);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.commitment;
};

describe('createCommitment', () => {
  it('creates an open commitment linked to its proposal', () => {
    const result = createCommitment(input, NOW);
    expect(result.ok && result.value.commitment).toMatchObject({
      title: { 'zh-TW': '公開會議紀錄', en: '' },
      origin: 'citizen_proposal',
      sourceProposalId: 'p-1',
      responsibleAgencyIds: ['ndc'],
      tracking: 'open',
    });
    expect(result.ok && result.value.events).toMatchObject([{ type: 'CommitmentCreated', commitmentId: 'c-1', sourceProposalId: 'p-1' }]);
  });

  it('has no number unless the published plan gave one', () => {
    expect(created().code).toBeNull();
    const numbered = createCommitment({ ...input, origin: 'unknown', sourceProposalId: null, code: 'nap-1-2.3' }, NOW);
    expect(numbered.ok && numbered.value.commitment.code).toBe('nap-1-2.3');
  });

  it.each<[string, Partial<CreateCommitmentInput>, string]>([
    ['a blank title', { title: { 'zh-TW': ' ', en: 'x' } }, 'commitment.title_required'],
    ['an area outside the plan', { areaCode: 'general' }, 'commitment.unknown_area'],
    ['an unknown origin', { origin: 'ngo' }, 'commitment.unknown_origin'],
    ['a citizen origin without the proposal', { sourceProposalId: null }, 'commitment.proposal_required'],
    ['a proposal on a government commitment', { origin: 'government' }, 'commitment.proposal_required'],
    ['a malformed number', { code: 'nap-1-one' }, 'commitment.invalid_code'],
    ['another plan’s number', { code: 'nap-2-1.1' }, 'commitment.invalid_code'],
  ])('refuses %s', (_name, overrides, code) => {
    const result = createCommitment({ ...input, ...overrides }, NOW);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

it('creates a commitment without a description (adopted at a meeting, described later)', () => {
  const result = createCommitment({ ...input, description: undefined }, NOW);
  expect(result.ok && result.value.commitment.description).toEqual({ 'zh-TW': '', en: '' });
});

describe('addMilestone', () => {
  const base = { id: 'm-1', actorId: 'a', title: { 'zh-TW': '上線' }, dueOn: '2025-12-31' };
  it.each<[Partial<typeof base> & { status?: string; evidenceUrl?: string }, string | null]>([
    [{}, null],
    [{ status: 'done', evidenceUrl: 'https://example.tw/report.pdf' }, null],
    [{ title: { 'zh-TW': '' } }, 'commitment.title_required'],
    [{ dueOn: '2025-13-01' }, 'commitment.invalid_due_date'],
    [{ status: 'cancelled' }, 'commitment.unknown_milestone_status'],
    [{ evidenceUrl: 'javascript:alert(1)' }, 'commitment.invalid_evidence_url'],
  ])('%j → %s', (overrides, code) => {
    const result = addMilestone(created(), { ...base, ...overrides }, NOW);
    expect(result.ok ? null : result.error.code).toBe(code);
    if (result.ok) expect(result.value.commitment.milestones).toHaveLength(1);
  });

  it('refuses once tracking is closed', () => {
    const result = addMilestone({ ...created(), tracking: 'closed' }, base, NOW);
    expect(result.ok ? null : result.error.code).toBe('commitment.tracking_closed');
  });
});

describe('reportProgress', () => {
  const base = { id: 'u-1', actorId: 'a', quarter: '2025-Q3', text: { 'zh-TW': '完成需求訪談' }, completion: 'limited' };
  it.each<[Partial<typeof base>, string | null]>([
    [{}, null],
    [{ quarter: '2025-Q5' }, 'commitment.invalid_quarter'],
    [{ quarter: '2025Q3' }, 'commitment.invalid_quarter'],
    [{ text: { 'zh-TW': ' ' } }, 'commitment.text_required'],
    [{ completion: 'half' }, 'commitment.unknown_completion'],
  ])('%j → %s', (overrides, code) => {
    const result = reportProgress(created(), { ...base, ...overrides }, NOW);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('takes one update per quarter', () => {
    const first = reportProgress(created(), base, NOW);
    if (!first.ok) throw new Error('first report refused');
    const second = reportProgress(first.value.commitment, { ...base, id: 'u-2' }, NOW);
    expect(second).toEqual({ ok: false, error: { code: 'commitment.quarter_reported', details: { quarter: '2025-Q3' } } });
  });
});

describe('assessCommitment', () => {
  const base: AssessCommitmentInput = { actorId: 'a', kind: 'self', completion: 'substantial', potentialResults: 'modest', didItOpenGovernment: 'major', verifiable: 'yes' };
  it.each<[Partial<AssessCommitmentInput>, string | null]>([
    [{}, null],
    [{ kind: 'irm' }, null],
    [{ completion: 'done' }, 'commitment.invalid_assessment'],
    [{ potentialResults: 'huge' }, 'commitment.invalid_assessment'],
    [{ didItOpenGovernment: 'better' }, 'commitment.invalid_assessment'],
    [{ verifiable: 'maybe' }, 'commitment.invalid_assessment'],
  ])('%j → %s', (overrides, code) => {
    const result = assessCommitment(created(), { ...base, ...overrides }, NOW);
    expect(result.ok ? null : result.error.code).toBe(code);
    if (result.ok) {
      const kind = overrides.kind ?? 'self';
      expect(result.value.commitment[kind === 'self' ? 'selfAssessment' : 'irmAssessment']).toMatchObject({ completion: 'substantial', assessedAt: NOW });
    }
  });
});

describe('who may report on a commitment', () => {
  const commitment = { responsibleAgencyIds: ['ndc'] };
  const actor = (...roles: Actor['roles']): Actor => ({ id: 'x', verificationTier: 'phone', roles });
  it.each<[string, Actor | null, boolean, boolean, boolean]>([
    // name, actor, report, self-assess, irm
    ['a visitor', null, false, false, false],
    ['a citizen', actor({ kind: 'citizen' }), false, false, false],
    ['a task-force member', actor({ kind: 'task_force_member', side: 'civil', role: 'member' }), true, true, false],
    ['an officer of a responsible agency', actor({ kind: 'agency_officer', agencyId: 'ndc' }), true, true, false],
    ['an officer of another agency', actor({ kind: 'agency_officer', agencyId: 'moj' }), false, false, false],
    ['an admin', actor({ kind: 'admin' }), false, false, true],
  ])('%s', (_name, who, report, self, irm) => {
    expect(authorizeCommitmentReport(who, commitment).allowed).toBe(report);
    expect(authorizeCommitmentAssessment(who, commitment, 'self').allowed).toBe(self);
    expect(authorizeCommitmentAssessment(who, commitment, 'irm').allowed).toBe(irm);
  });
});

describe('closeTracking (解除列管)', () => {
  it('closes with the public reason, and freezes the record', () => {
    const result = closeTracking(created(), { actorId: 'convener-1', reason: ' 各里程碑完成 ' }, NOW);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.commitment).toMatchObject({ tracking: 'closed', trackingClosedAt: NOW, trackingClosedReason: '各里程碑完成' });
    expect(result.value.events).toEqual([{ type: 'CommitmentTrackingClosed', commitmentId: 'c-1', occurredAt: NOW, actorId: 'convener-1', reason: '各里程碑完成' }]);
    const later = reportProgress(result.value.commitment, { id: 'u-9', actorId: 'a', quarter: '2025-Q4', text: { 'zh-TW': '補報' }, completion: 'complete' }, NOW);
    expect(later.ok ? null : later.error.code).toBe('commitment.tracking_closed');
    const again = closeTracking(result.value.commitment, { actorId: 'convener-1', reason: '再次' }, NOW);
    expect(again.ok ? null : again.error.code).toBe('commitment.tracking_closed');
  });

  it('refuses to close without a reason', () => {
    const result = closeTracking(created(), { actorId: 'convener-1', reason: '   ' }, NOW);
    expect(result.ok ? null : result.error.code).toBe('commitment.closure_reason_required');
  });

  it('is the task force’s decision alone', () => {
    const member: Actor = { id: 'm', verificationTier: 'phone', roles: [{ kind: 'task_force_member', side: 'civil', role: 'member' }] };
    const officer: Actor = { id: 'o', verificationTier: 'phone', roles: [{ kind: 'agency_officer', agencyId: 'ndc' }] };
    const admin: Actor = { id: 'a', verificationTier: 'phone', roles: [{ kind: 'admin' }] };
    expect(authorizeCommitmentClosure(member).allowed).toBe(true);
    expect(authorizeCommitmentClosure(officer).allowed).toBe(false);
    expect(authorizeCommitmentClosure(admin).allowed).toBe(false);
    expect(authorizeCommitmentClosure(null)).toEqual({ allowed: false, reason: 'unauthenticated' });
  });
});

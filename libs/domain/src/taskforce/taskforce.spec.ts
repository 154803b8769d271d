import { agendaSubject, planMeeting } from './taskforce-meeting';
import { recordTaskforceDecision, type RecordDecisionInput, type SideVotes } from './taskforce-decision';

const NOW = new Date('2025-07-01T02:00:00Z');
const VOTES: SideVotes = { government: { for: 5, against: 1, abstain: 0 }, civil: { for: 10, against: 0, abstain: 2 } };
const base: RecordDecisionInput = {
  reviewItem: { id: 'ri-1', proposalId: 'p-1', status: 'open' },
  outcome: 'refer',
  votes: VOTES,
  deciderId: 'convener-1',
  hasCommitmentDetails: false,
};

describe('recordTaskforceDecision', () => {
  it.each<[string, Partial<RecordDecisionInput>, string]>([
    ['an item already decided', { reviewItem: { id: 'ri-1', proposalId: 'p-1', status: 'decided' } }, 'taskforce.already_decided'],
    ['a negative count', { votes: { ...VOTES, civil: { for: -1, against: 0, abstain: 0 } } }, 'taskforce.invalid_votes'],
    ['a fractional count', { votes: { ...VOTES, government: { for: 1.5, against: 0, abstain: 0 } } }, 'taskforce.invalid_votes'],
    ['no votes at all', { votes: { government: { for: 0, against: 0, abstain: 0 }, civil: { for: 0, against: 0, abstain: 0 } } }, 'taskforce.no_votes'],
    ['an adoption without the commitment', { outcome: 'adopt' }, 'taskforce.commitment_details_required'],
  ])('refuses %s', (_name, overrides, code) => {
    const result = recordTaskforceDecision({ ...base, ...overrides }, NOW);
    expect(result).toEqual({ ok: false, error: { code } });
  });

  it.each<[Partial<RecordDecisionInput>, string | null]>([
    [{ outcome: 'refer', rationale: '  ' }, null],
    [{ outcome: 'decline', rationale: ' 現行法規已涵蓋 ' }, '現行法規已涵蓋'],
    [{ outcome: 'adopt', hasCommitmentDetails: true }, null],
    [{ outcome: 'merge', rationale: '與承諾 3 相同' }, '與承諾 3 相同'],
  ])('records %j with rationale %j and the votes per side', (overrides, rationale) => {
    const result = recordTaskforceDecision({ ...base, ...overrides }, NOW);
    expect(result).toEqual({
      ok: true,
      value: { reviewItemId: 'ri-1', proposalId: 'p-1', outcome: overrides.outcome, rationale, votes: VOTES, decidedBy: 'convener-1', decidedAt: NOW },
    });
  });
});

describe('planMeeting', () => {
  it.each([
    [{ id: 'm', heldOn: '2025-09-15', title: ' 第 5 次會議 ' }, { ok: true, value: { id: 'm', heldOn: '2025-09-15', title: '第 5 次會議' } }],
    [{ id: 'm', heldOn: '2025-02-30', title: '會議' }, { ok: false, error: { code: 'taskforce.invalid_meeting_date' } }],
    [{ id: 'm', heldOn: '15/09/2025', title: '會議' }, { ok: false, error: { code: 'taskforce.invalid_meeting_date' } }],
    [{ id: 'm', heldOn: '2025-09-15', title: '  ' }, { ok: false, error: { code: 'taskforce.meeting_title_required' } }],
  ])('%j → %j', (input, expected) => {
    expect(planMeeting(input)).toEqual(expected);
  });
});

describe('agendaSubject', () => {
  it.each([
    [{ reviewItemId: 'ri' }, { ok: true, value: { kind: 'review_item', reviewItemId: 'ri' } }],
    [{ commitmentId: 'c' }, { ok: true, value: { kind: 'commitment', commitmentId: 'c' } }],
    [{}, { ok: false, error: { code: 'taskforce.agenda_subject_required' } }],
    [{ reviewItemId: 'ri', commitmentId: 'c' }, { ok: false, error: { code: 'taskforce.agenda_subject_required' } }],
  ])('%j → %j', (input, expected) => {
    expect(agendaSubject(input)).toEqual(expected);
  });
});

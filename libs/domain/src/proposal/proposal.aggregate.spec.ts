import { participationRules } from '../participation/participation-rules';
import { toRejectionLogEntry } from '../moderation/rejection-log';
import {
  createProposalDraft,
  editProposalDraft,
  markProposalDuplicate,
  publishProposal,
  rejectProposal,
  returnProposal,
  submitProposal,
  withdrawProposal,
} from './proposal.aggregate';
import { EMPTY_PROPOSAL_CONTENT } from './proposal.state';
import { at, completeContent, MODERATOR_ID, PROPOSER, proposalIn, testRules, unwrap, unwrapErr } from '../testing/proposal.factory';

const rules = testRules();
const blackout = {
  startsAt: at(100),
  endsAt: at(200),
  reason: { 'zh-TW': '總統大選前六十日暫停提議與附議', en: 'Paused 60 days before the presidential election' },
};

describe('drafting', () => {
  const create = (content: Partial<typeof completeContent>, knownAreaCodes?: readonly string[]) =>
    createProposalDraft({ id: 'p', cycleId: 'c', proposerId: PROPOSER.id, content, knownAreaCodes }, at(0));

  it('starts a draft with only a title and emits ProposalDraftCreated', () => {
    const { proposal, events } = unwrap(create({ title: '  只有標題  ' }));
    expect(proposal).toMatchObject({ status: 'draft', cosignCount: 0, content: { ...EMPTY_PROPOSAL_CONTENT, title: '只有標題' } });
    expect(events).toEqual([{ type: 'ProposalDraftCreated', proposalId: 'p', occurredAt: at(0), actorId: PROPOSER.id, proposerId: PROPOSER.id, cycleId: 'c' }]);
  });

  it('counts the title in characters, not bytes: 80 Chinese characters fit, 81 do not', () => {
    expect(create({ title: '字'.repeat(80) }).ok).toBe(true);
    expect(unwrapErr(create({ title: '字'.repeat(81) }))).toEqual({
      code: 'proposal.invalid_draft',
      fieldErrors: [{ field: 'title', code: 'too_long', max: 80 }],
    });
  });

  it.each([
    ['a missing title', { title: ' ' }, [{ field: 'title', code: 'required' }]],
    ['four suggested agencies', { suggestedAgencyIds: ['a', 'b', 'c', 'd'] }, [{ field: 'suggestedAgencyIds', code: 'too_many', max: 3 }]],
    ['a javascript: link', { links: ['javascript:alert(1)'] }, [{ field: 'links', code: 'invalid_url', index: 0 }]],
    ['an ftp link', { links: ['ftp://example.org/x'] }, [{ field: 'links', code: 'invalid_url', index: 0 }]],
    ['a repeated link', { links: ['https://a.tw', 'https://a.tw'] }, [{ field: 'links', code: 'duplicate', index: 1 }]],
    ['an empty area', { areaCode: '' }, [{ field: 'areaCode', code: 'required' }]],
  ])('refuses %s with a per-field error', (_name, content, fieldErrors) => {
    expect(unwrapErr(create({ title: '標題', ...content }))).toEqual({ code: 'proposal.invalid_draft', fieldErrors });
  });

  it('accepts http and https links and the general area', () => {
    expect(create({ title: 't', links: ['http://a.tw', 'https://b.tw/x?y=1#z'], areaCode: 'general' }, ['open-data']).ok).toBe(true);
  });

  it('refuses an area that is not in the plan when the plan areas are given', () => {
    expect(unwrapErr(create({ title: 't', areaCode: 'space' }, ['open-data']))).toMatchObject({
      fieldErrors: [{ field: 'areaCode', code: 'unknown_area' }],
    });
  });

  it('edits report the changed fields, and an edit that changes nothing emits nothing', () => {
    const draft = proposalIn('draft');
    const edited = unwrap(editProposalDraft(draft, { editorId: PROPOSER.id, changes: { title: '新', links: [] } }, at(1)));
    expect(edited.events).toMatchObject([{ type: 'ProposalDraftEdited', changedFields: ['title', 'links'] }]);
    const same = unwrap(editProposalDraft(draft, { editorId: PROPOSER.id, changes: { title: draft.content.title } }, at(1)));
    expect(same).toEqual({ proposal: draft, events: [] });
  });

  it('a field explicitly left undefined keeps its value', () => {
    const draft = proposalIn('draft');
    const { proposal } = unwrap(editProposalDraft(draft, { editorId: PROPOSER.id, changes: { title: undefined, areaCode: 'general' } }, at(1)));
    expect(proposal.content).toEqual({ ...draft.content, areaCode: 'general' });
  });

  it('only the proposer edits', () => {
    expect(unwrapErr(editProposalDraft(proposalIn('draft'), { editorId: 'x', changes: {} }, at(1))).code).toBe('proposal.not_proposer');
  });
});

describe('submit', () => {
  const submitAt = (now: Date, withRules = rules, tier: 'none' | 'email' | 'phone' = 'phone') =>
    submitProposal(proposalIn('draft'), { proposer: { id: PROPOSER.id, verificationTier: tier } }, withRules, now);

  it('needs a phone-verified proposer', () => {
    expect(unwrapErr(submitAt(at(1), rules, 'email')).code).toBe('proposal.not_phone_verified');
    expect(unwrapErr(submitProposal(proposalIn('draft'), { proposer: { id: 'other', verificationTier: 'phone' } }, rules, at(1))).code).toBe(
      'proposal.not_proposer',
    );
  });

  it('needs every text field filled', () => {
    const bare = unwrap(createProposalDraft({ id: 'p', cycleId: 'c', proposerId: PROPOSER.id, content: { title: 't' } }, at(0))).proposal;
    expect(unwrapErr(submitProposal(bare, { proposer: PROPOSER }, rules, at(1)))).toMatchObject({
      code: 'proposal.invalid_draft',
      fieldErrors: [
        { field: 'background', code: 'required' },
        { field: 'proposal', code: 'required' },
        { field: 'expectedBenefits', code: 'required' },
      ],
    });
  });

  it.each([
    ['1 ms before the blackout', at(100).getTime() - 1, true],
    ['at the first instant of the blackout', at(100).getTime(), false],
    ['1 ms before the blackout ends', at(200).getTime() - 1, false],
    ['at the end of the blackout', at(200).getTime(), true],
  ])('%s: allowed = %s', (_name, time, allowed) => {
    const result = submitAt(new Date(time), testRules({ blackoutPeriods: [blackout] }));
    if (allowed) expect(result.ok).toBe(true);
    else expect(unwrapErr(result)).toMatchObject({ code: 'proposal.blackout', period: blackout });
  });

  it('a returned proposal carries the note and can be resubmitted', () => {
    expect(unwrapErr(returnProposal(proposalIn('in_review'), { moderatorId: MODERATOR_ID, note: '  ' }, at(2))).code).toBe(
      'proposal.note_required',
    );
    const returned = unwrap(returnProposal(proposalIn('in_review'), { moderatorId: MODERATOR_ID, note: '請補充資料' }, at(2)));
    expect(returned.proposal).toMatchObject({ status: 'draft', returnNote: '請補充資料' });
    const again = unwrap(submitProposal(returned.proposal, { proposer: PROPOSER }, rules, at(30)));
    expect(again.proposal).toMatchObject({ status: 'in_review', submittedAt: at(30) });
  });
});

describe('publish', () => {
  it('opens co-signing for the configured window from publication', () => {
    const { proposal, events } = unwrap(
      publishProposal(proposalIn('in_review'), { moderatorId: MODERATOR_ID }, participationRules(), at(5)),
    );
    const deadline = new Date(at(5).getTime() + 60 * 24 * 3_600_000);
    expect(proposal).toMatchObject({ status: 'open', publishedAt: at(5), cosignDeadline: deadline });
    expect(events).toEqual([
      { type: 'ProposalPublished', proposalId: proposal.id, occurredAt: at(5), actorId: MODERATOR_ID, publishedAt: at(5), cosignDeadline: deadline, threshold: 5000 },
    ]);
  });
});

describe('reject', () => {
  const reject = (input: { code: string; note?: string; duplicateOfId?: string }) =>
    rejectProposal(proposalIn('in_review'), { moderatorId: MODERATOR_ID, ...input }, at(3));

  it.each([
    [{ code: 'other' }, 'proposal.note_required'],
    [{ code: 'other', note: '   ' }, 'proposal.note_required'],
    [{ code: 'duplicate' }, 'proposal.duplicate_of_required'],
    [{ code: 'duplicate', duplicateOfId: 'proposal-1' }, 'proposal.duplicate_of_self'],
    [{ code: 'spam' }, 'proposal.unknown_reject_reason'],
  ])('%j is refused with %s', (input, code) => {
    expect(unwrapErr(reject(input)).code).toBe(code);
  });

  it('accepts other with a note and duplicate with the original', () => {
    expect(unwrap(reject({ code: 'other', note: '內容與開放政府無關' })).proposal.rejection).toMatchObject({ code: 'other', note: '內容與開放政府無關' });
    expect(unwrap(reject({ code: 'duplicate', duplicateOfId: 'proposal-0' })).proposal.rejection).toMatchObject({ duplicateOfId: 'proposal-0' });
  });

  it('keeps a public rejection log line without personal data', () => {
    const { proposal } = unwrap(reject({ code: 'illegal', note: '含有恐嚇內容' }));
    expect(toRejectionLogEntry(proposal)).toEqual({
      proposalId: proposal.id,
      title: proposal.content.title,
      code: 'illegal',
      note: '含有恐嚇內容',
      duplicateOfId: null,
      rejectedAt: at(3),
    });
    expect(toRejectionLogEntry(proposalIn('open'))).toBeNull();
  });
});

describe('markDuplicate and withdraw', () => {
  it('a proposal cannot be a duplicate of itself, and needs an original', () => {
    const p = proposalIn('in_review');
    expect(unwrapErr(markProposalDuplicate(p, { moderatorId: MODERATOR_ID, duplicateOfId: p.id }, at(3))).code).toBe('proposal.duplicate_of_self');
    expect(unwrapErr(markProposalDuplicate(p, { moderatorId: MODERATOR_ID, duplicateOfId: '' }, at(3))).code).toBe('proposal.duplicate_of_required');
    expect(unwrap(markProposalDuplicate(p, { moderatorId: MODERATOR_ID, duplicateOfId: 'proposal-0' }, at(3))).proposal.duplicateOfId).toBe('proposal-0');
  });

  it('only the proposer withdraws', () => {
    expect(unwrapErr(withdrawProposal(proposalIn('in_review'), { proposerId: 'someone' }, at(3))).code).toBe('proposal.not_proposer');
  });
});

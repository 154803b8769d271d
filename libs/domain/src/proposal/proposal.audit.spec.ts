import { commentAuditEntries } from '../comment/comment.audit';
import { postComment } from '../comment/comment.aggregate';
import { hideComment } from '../comment/comment-moderation.aggregate';
import { createProposalDraft, rejectProposal } from './proposal.aggregate';
import { expireProposal, recordCosign } from './proposal-cosigning.aggregate';
import { proposalAuditEntries } from './proposal.audit';
import { at, MODERATOR_ID, proposalIn, testRules, unwrap } from '../testing/proposal.factory';

describe('proposal audit entries', () => {
  it('turns a rejection into one entry with actor, before/after, reason and time', () => {
    const before = proposalIn('in_review');
    const transition = unwrap(rejectProposal(before, { moderatorId: MODERATOR_ID, code: 'other', note: '與行政無關' }, at(3)));
    const [entry, ...rest] = proposalAuditEntries(before, transition);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      actorId: MODERATOR_ID,
      action: 'proposal.reject',
      subjectType: 'proposal',
      subjectId: before.id,
      before: { status: 'in_review', submittedAt: at(1).toISOString() },
      after: { status: 'rejected', rejection: { code: 'other', note: '與行政無關', rejectedAt: at(3).toISOString() } },
      reason: '與行政無關',
      occurredAt: at(3),
    });
  });

  it('records a job-made change with a null actor, and JSON round-trips the snapshots', () => {
    const open = proposalIn('open');
    const deadline = open.cosignDeadline ?? at(0);
    const [entry] = proposalAuditEntries(open, unwrap(expireProposal(open, testRules(), deadline)));
    expect(entry).toMatchObject({ actorId: null, action: 'proposal.expire', reason: null });
    expect(JSON.parse(JSON.stringify(entry?.after))).toEqual(entry?.after);
  });

  it('a co-sign below the threshold writes no proposal entry', () => {
    const open = proposalIn('open');
    expect(proposalAuditEntries(open, unwrap(recordCosign(open, { newCount: 1 }, testRules(), at(30))))).toEqual([]);
  });

  it('creation has a null before', () => {
    const created = unwrap(createProposalDraft({ id: 'p9', cycleId: 'c', proposerId: 'u1', content: { title: '標題' } }, at(0)));
    expect(proposalAuditEntries(null, created)).toMatchObject([
      { actorId: 'u1', action: 'proposal.create', subjectId: 'p9', before: null, after: { status: 'draft' } },
    ]);
  });
});

describe('comment audit entries', () => {
  it('a moderator hiding a comment records the reason', () => {
    const posted = unwrap(postComment({ id: 'c', proposalId: 'p', author: { id: 'a', verificationTier: 'email' }, stance: 'neutral', body: 'x' }, at(0)));
    expect(commentAuditEntries(null, posted)).toMatchObject([{ action: 'comment.create', before: null, actorId: 'a' }]);
    const hidden = unwrap(hideComment(posted.comment, { moderatorId: 'm', reason: '廣告' }, at(1)));
    expect(commentAuditEntries(posted.comment, hidden)).toMatchObject([
      { actorId: 'm', action: 'comment.hide', subjectType: 'comment', subjectId: 'c', reason: '廣告', after: { visibility: 'hidden_by_moderator' } },
    ]);
  });
});

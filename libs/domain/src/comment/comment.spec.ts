import type { PersonRef } from '../shared/verification-tier';
import { editComment, postComment, reportComment, type CommentResult } from './comment.aggregate';
import { hideComment, restoreComment } from './comment-moderation.aggregate';
import type { Comment } from './comment.state';

const T = new Date('2024-03-04T02:00:00Z');
const after = (minutes: number, seconds = 0): Date => new Date(T.getTime() + (minutes * 60 + seconds) * 1000);
const author: PersonRef = { id: 'author', verificationTier: 'email' };

const ok = (result: CommentResult): Comment => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value.comment;
};
const errorCode = (result: CommentResult): string => (result.ok ? 'ok' : result.error.code);

const top = ok(postComment({ id: 'c1', proposalId: 'p1', author, stance: 'support', body: ' 好提議 ' }, T));
const reply = ok(postComment({ id: 'c2', proposalId: 'p1', author, stance: 'oppose', body: '不同意', parent: top }, T));

describe('posting', () => {
  it('trims the body and starts visible', () => {
    expect(top).toMatchObject({ body: '好提議', parentId: null, visibility: 'visible', reports: [] });
    expect(reply.parentId).toBe('c1');
  });

  it.each([
    ['a reply to a reply', { parent: reply }, 'comment.reply_depth'],
    ['a reply to another proposal', { proposalId: 'p2', parent: top }, 'comment.parent_mismatch'],
    ['no email verification', { author: { id: 'a', verificationTier: 'none' } }, 'comment.tier_required'],
    ['an unknown stance', { stance: 'angry' }, 'comment.unknown_stance'],
    ['an empty body', { body: '  ' }, 'comment.body_required'],
    ['a body over 2000 characters', { body: 'x'.repeat(2001) }, 'comment.body_too_long'],
  ] as const)('refuses %s', (_name, change, code) => {
    expect(errorCode(postComment({ id: 'c3', proposalId: 'p1', author, stance: 'neutral', body: 'x', ...change }, T))).toBe(code);
  });

  it('a phone-verified person may comment too', () => {
    expect(errorCode(postComment({ id: 'c3', proposalId: 'p1', author: { id: 'a', verificationTier: 'phone' }, stance: 'neutral', body: 'x' }, T))).toBe('ok');
  });
});

describe('editing', () => {
  it.each([
    [14, 59, 'ok'],
    [15, 0, 'comment.edit_window_closed'],
    [15, 1, 'comment.edit_window_closed'],
  ])('at %d:%d after posting → %s', (minutes, seconds, code) => {
    expect(errorCode(editComment(top, { editorId: 'author', body: '更好的提議' }, after(minutes, seconds)))).toBe(code);
  });

  it('records the edit time; only the author edits', () => {
    expect(ok(editComment(top, { editorId: 'author', body: '改' }, after(1)))).toMatchObject({ body: '改', editedAt: after(1) });
    expect(errorCode(editComment(top, { editorId: 'someone', body: '改' }, after(1)))).toBe('comment.not_author');
  });
});

describe('reports', () => {
  const report = (comment: Comment, reporterId: string) => reportComment(comment, { reporterId, reason: '人身攻擊' }, after(5));

  it('three distinct reporters hide the comment; the same reporter twice counts once', () => {
    const one = ok(report(top, 'r1'));
    const again = report(one, 'r1');
    expect(again.ok && again.value.events).toEqual([]);
    const two = ok(again);
    expect(two.visibility).toBe('visible');
    const threeResult = report(two, 'r2');
    expect(ok(threeResult).visibility).toBe('visible');
    const hidden = report(ok(threeResult), 'r3');
    expect(ok(hidden).visibility).toBe('hidden_by_reports');
    expect(hidden.ok && hidden.value.events.map((e) => e.type)).toEqual(['CommentReported', 'CommentHiddenByReports']);
  });

  it('the author cannot report their own comment', () => {
    expect(errorCode(report(top, 'author'))).toBe('comment.own_comment');
  });

  it('a restore settles the reports, so three new reporters are needed again', () => {
    const hidden = ['r1', 'r2', 'r3'].reduce((c, r) => ok(report(c, r)), top);
    const restored = ok(restoreComment(hidden, { moderatorId: 'm', reason: '未違反規範' }, after(60)));
    expect(restored).toMatchObject({ visibility: 'visible', reports: [], lastModeration: { action: 'restore', reason: '未違反規範' } });
    expect(ok(report(restored, 'r1')).visibility).toBe('visible');
  });
});

describe('moderation', () => {
  it('hide and restore need a reason', () => {
    expect(errorCode(hideComment(top, { moderatorId: 'm', reason: ' ' }, after(1)))).toBe('comment.reason_required');
  });

  it('hides a visible comment and restores it', () => {
    const hidden = ok(hideComment(top, { moderatorId: 'm', reason: '廣告' }, after(1)));
    expect(hidden.visibility).toBe('hidden_by_moderator');
    expect(errorCode(editComment(hidden, { editorId: 'author', body: 'x' }, after(2)))).toBe('comment.hidden');
    expect(ok(restoreComment(hidden, { moderatorId: 'm', reason: '誤判' }, after(2))).visibility).toBe('visible');
  });

  it.each([
    ['restore', 'visible'],
    ['hide', 'hidden_by_moderator'],
  ] as const)('refuses %s from %s', (action, from) => {
    const comment: Comment = { ...top, visibility: from };
    const run = action === 'hide' ? hideComment : restoreComment;
    expect(run(comment, { moderatorId: 'm', reason: 'r' }, after(1))).toEqual({
      ok: false,
      error: { code: 'comment.invalid_moderation', details: { from, action } },
    });
  });
});

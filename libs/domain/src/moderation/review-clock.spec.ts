import { participationRules } from '../participation/participation-rules';
import { countOverdueReviews, isReviewOverdue, reviewClock, reviewDueAt } from './review-clock';
import { proposalIn } from '../testing/proposal.factory';

const taipei = (local: string): Date => new Date(`${local}+08:00`);
const rules = participationRules();
const friday = taipei('2024-03-08T17:30:00');

describe('review clock', () => {
  it('a Friday submission is due at the end of the next Friday, the weekend not counted', () => {
    expect(reviewDueAt(friday, rules)).toEqual(taipei('2024-03-16T00:00:00'));
  });

  it.each([
    ['2024-03-15T23:59:59.999', false],
    ['2024-03-16T00:00:00', true],
  ])('at %s overdue = %s', (local, overdue) => {
    expect(isReviewOverdue(friday, rules, taipei(local))).toBe(overdue);
  });

  it('holidays push the due date', () => {
    expect(reviewDueAt(friday, rules, ['2024-03-11', '2024-03-12'])).toEqual(taipei('2024-03-20T00:00:00'));
  });

  it('only a proposal in review has a clock, and the backlog counts the overdue ones', () => {
    const inReview = proposalIn('in_review');
    const submittedAt = inReview.submittedAt ?? friday;
    const due = reviewDueAt(submittedAt, rules);
    expect(reviewClock(inReview, rules, due)).toEqual({ submittedAt, dueAt: due, overdue: true });
    expect(reviewClock(proposalIn('open'), rules, due)).toBeNull();
    expect(countOverdueReviews([inReview, inReview, proposalIn('draft')], rules, due)).toBe(2);
    expect(countOverdueReviews([inReview], rules, new Date(due.getTime() - 1))).toBe(0);
  });
});

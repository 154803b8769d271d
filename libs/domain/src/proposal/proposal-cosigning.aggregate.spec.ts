import { closeCosigning, expireProposal, reachesThreshold, recordCosign } from './proposal-cosigning.aggregate';
import type { Proposal } from './proposal.state';
import { at, closedThresholdReached, proposalIn, testRules, unwrap, unwrapErr } from '../testing/proposal.factory';

const rules = testRules({ threshold: 10 });
const deadlineOf = (p: Proposal): Date => {
  if (p.cosignDeadline === null) throw new Error('not published');
  return p.cosignDeadline;
};
const ms = (date: Date, delta: number): Date => new Date(date.getTime() + delta);

/** Brings an open proposal to `count` co-signs one recordCosign at a time, as the API would. */
const cosignUpTo = (p: Proposal, count: number, now: Date): Proposal => {
  let current = p;
  for (let n = p.cosignCount + 1; n <= count; n += 1) current = unwrap(recordCosign(current, { newCount: n }, rules, now)).proposal;
  return current;
};

describe('threshold reached exactly once', () => {
  const open = proposalIn('open', { rules });
  const now = at(30);
  const before = cosignUpTo(open, 8, now);

  it('threshold − 1 keeps the proposal open without an event', () => {
    const { proposal, events } = unwrap(recordCosign(before, { newCount: 9 }, rules, now));
    expect(proposal).toMatchObject({ status: 'open', cosignCount: 9, thresholdReachedAt: null });
    expect(events).toEqual([]);
  });

  it('the co-sign that reaches the threshold moves the proposal and emits ProposalThresholdReached', () => {
    const nine = cosignUpTo(before, 9, now);
    const { proposal, events } = unwrap(recordCosign(nine, { newCount: 10 }, rules, now));
    expect(proposal).toMatchObject({ status: 'threshold_reached', cosignCount: 10, thresholdReachedAt: now });
    expect(events).toEqual([
      { type: 'ProposalThresholdReached', proposalId: open.id, occurredAt: now, actorId: null, cosignCount: 10, threshold: 10 },
    ]);
  });

  it('threshold + 1 after it was reached accumulates without a second event', () => {
    const reached = cosignUpTo(before, 10, now);
    const { proposal, events } = unwrap(recordCosign(reached, { newCount: 11 }, rules, ms(now, 1)));
    expect(proposal).toMatchObject({ status: 'threshold_reached', cosignCount: 11, thresholdReachedAt: now });
    expect(events).toEqual([]);
  });

  it('emits once over a whole run of co-signs, even when counts jump past the threshold', () => {
    let current = open;
    const emitted: string[] = [];
    for (const newCount of [3, 9, 14, 15, 40]) {
      const step = unwrap(recordCosign(current, { newCount }, rules, now));
      emitted.push(...step.events.map((e) => `${e.type}@${newCount}`));
      current = step.proposal;
    }
    expect(emitted).toEqual(['ProposalThresholdReached@14']);
  });

  it('a count that does not grow is refused', () => {
    expect(unwrapErr(recordCosign(before, { newCount: 8 }, rules, now)).code).toBe('proposal.invalid_cosign_count');
    expect(unwrapErr(recordCosign(before, { newCount: 8.5 }, rules, now)).code).toBe('proposal.invalid_cosign_count');
  });

  it('an open proposal above a threshold lowered mid-window moves at its next co-sign', () => {
    expect(reachesThreshold({ status: 'open' }, 9, testRules({ threshold: 5 }))).toBe(true);
    expect(reachesThreshold({ status: 'threshold_reached' }, 9, testRules({ threshold: 5 }))).toBe(false);
  });
});

describe('co-sign window boundary', () => {
  const open = proposalIn('open', { rules });
  const deadline = deadlineOf(open);

  it('1 ms before the deadline a co-sign counts', () => {
    expect(unwrap(recordCosign(open, { newCount: 1 }, rules, ms(deadline, -1))).proposal.cosignCount).toBe(1);
  });

  it('at the deadline it is too late', () => {
    expect(unwrapErr(recordCosign(open, { newCount: 1 }, rules, deadline))).toEqual({
      code: 'proposal.cosign_window_closed',
      details: { deadline: deadline.toISOString() },
    });
  });

  it('in a blackout co-signs do not count', () => {
    const period = { startsAt: at(0), endsAt: ms(deadline, 1), reason: { 'zh-TW': '選舉', en: 'Election' } };
    expect(unwrapErr(recordCosign(open, { newCount: 1 }, testRules({ blackoutPeriods: [period] }), at(30))).code).toBe('proposal.blackout');
  });

  it('after the threshold, co-signs stop when accumulation is switched off', () => {
    const reached = proposalIn('threshold_reached', { rules });
    const noAccumulation = testRules({ threshold: 10, cosignsAccumulateAfterThreshold: false });
    expect(unwrapErr(recordCosign(reached, { newCount: 11 }, noAccumulation, at(50))).code).toBe('proposal.cosigning_closed');
  });
});

describe('expire', () => {
  const open = proposalIn('open', { rules });
  const deadline = deadlineOf(open);

  it('waits for the window to close', () => {
    expect(unwrapErr(expireProposal(open, rules, ms(deadline, -1))).code).toBe('proposal.window_not_closed');
  });

  it('expires a proposal below the threshold at the deadline', () => {
    const { proposal, events } = unwrap(expireProposal(open, rules, deadline));
    expect(proposal).toMatchObject({ status: 'expired', expiredAt: deadline });
    expect(events).toMatchObject([{ type: 'ProposalExpired', cosignCount: 0, threshold: 10 }]);
  });

  it('refuses to expire a proposal whose count meets a lowered threshold', () => {
    const nine = cosignUpTo(open, 9, at(30));
    expect(unwrapErr(expireProposal(nine, testRules({ threshold: 9 }), deadline)).code).toBe('proposal.threshold_met');
  });
});

describe('closeCosigning', () => {
  const reached = proposalIn('threshold_reached', { rules });
  const deadline = deadlineOf(reached);

  it('waits for the window to close', () => {
    expect(unwrapErr(closeCosigning(reached, ms(deadline, -1))).code).toBe('proposal.window_not_closed');
  });

  it('keeps the status, sets the closed flag and emits ProposalCosigningClosed once', () => {
    const { proposal, events } = unwrap(closeCosigning(reached, deadline));
    expect(proposal).toMatchObject({ status: 'threshold_reached', cosigningClosedAt: deadline });
    expect(events).toMatchObject([{ type: 'ProposalCosigningClosed', cosignCount: 10 }]);
    expect(unwrapErr(closeCosigning(closedThresholdReached(rules), ms(deadline, 5))).code).toBe('proposal.cosigning_closed');
  });
});

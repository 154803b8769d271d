import type { PersonRef } from '../shared/verification-tier';
import { canCosign } from './cosign-eligibility';
import { COSIGN_COMMENT_MAX_LENGTH, createCosign, validateCosignComment } from './cosign';
import { PROPOSAL_STATUSES } from '../proposal/proposal.state';
import { at, closedThresholdReached, PROPOSER, proposalIn, testRules, unwrap, unwrapErr } from '../testing/proposal.factory';

const rules = testRules();
const citizen: PersonRef = { id: 'citizen-9', verificationTier: 'phone' };
const duringWindow = at(50);

describe('canCosign', () => {
  it.each(PROPOSAL_STATUSES.map((s) => [s] as const))('status %s', (status) => {
    const result = canCosign(proposalIn(status), rules, duringWindow, citizen);
    // Past the threshold, co-signs keep accumulating through routing and the decision until the window closes.
    const collecting = ['open', 'threshold_reached', 'routed', 'adopted', 'merged', 'referred', 'declined'];
    if (collecting.includes(status)) expect(result).toEqual({ ok: true, value: true });
    else expect(unwrapErr(result)).toEqual({ code: 'cosign.proposal_not_open', details: { status } });
  });

  it.each(['threshold_reached', 'routed', 'adopted'] as const)('%s only while co-signs accumulate', (status) => {
    const noAccumulation = testRules({ cosignsAccumulateAfterThreshold: false });
    expect(unwrapErr(canCosign(proposalIn(status), noAccumulation, duringWindow, citizen)).code).toBe('cosign.accumulation_closed');
  });

  it.each([
    [-1, true],
    [0, false],
  ])('deadline %+d ms: allowed = %s', (delta, allowed) => {
    const open = proposalIn('open');
    const now = new Date((open.cosignDeadline ?? at(0)).getTime() + delta);
    expect(canCosign(open, rules, now, citizen).ok).toBe(allowed);
  });

  it('not once co-signing is closed', () => {
    expect(unwrapErr(canCosign(closedThresholdReached(), rules, duringWindow, citizen)).code).toBe('cosign.window_closed');
  });

  it('not in a blackout, and says why', () => {
    const reason = { 'zh-TW': '選舉', en: 'Election' };
    const blackout = testRules({ blackoutPeriods: [{ startsAt: at(40), endsAt: at(60), reason }] });
    expect(unwrapErr(canCosign(proposalIn('open'), blackout, duringWindow, citizen))).toMatchObject({
      code: 'cosign.blackout',
      period: { reason },
    });
  });

  it.each([['none'], ['email']] as const)('not with tier %s', (tier) => {
    expect(unwrapErr(canCosign(proposalIn('open'), rules, duringWindow, { id: 'x', verificationTier: tier })).code).toBe('cosign.tier_required');
  });

  it('not by the proposer', () => {
    expect(unwrapErr(canCosign(proposalIn('open'), rules, duringWindow, PROPOSER)).code).toBe('cosign.own_proposal');
  });
});

describe('co-sign comment', () => {
  it.each([
    [undefined, null],
    ['   ', null],
    [' 支持！ ', '支持！'],
    ['字'.repeat(COSIGN_COMMENT_MAX_LENGTH), '字'.repeat(200)],
  ])('%j → %j', (input, value) => {
    expect(validateCosignComment(input)).toEqual({ ok: true, value });
  });

  it('refuses 201 characters', () => {
    expect(unwrapErr(validateCosignComment('字'.repeat(201)))).toEqual({ code: 'cosign.comment_too_long', details: { max: 200 } });
  });

  it('createCosign checks both and keeps the tier but not a name in public fields', () => {
    const cosign = unwrap(createCosign({ id: 'c1', proposal: proposalIn('open'), person: citizen, comment: '贊成' }, rules, duringWindow));
    expect(cosign).toEqual({
      id: 'c1',
      proposalId: 'proposal-1',
      cosignerId: 'citizen-9',
      verificationTier: 'phone',
      comment: '贊成',
      createdAt: duringWindow,
    });
    expect(unwrapErr(createCosign({ id: 'c2', proposal: proposalIn('open'), person: citizen, comment: 'x'.repeat(201) }, rules, duringWindow)).code).toBe(
      'cosign.comment_too_long',
    );
  });
});

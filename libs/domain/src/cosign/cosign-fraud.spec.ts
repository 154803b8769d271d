import { invalidationAuditEntry, invalidationEffect, publicDomainOf, validateInvalidationCriterion, validateInvalidationNote } from './cosign-invalidation';
import { isTrending } from './cosign-trend';

const at = (iso: string): Date => new Date(iso);

describe('validateInvalidationCriterion', () => {
  it.each([
    [{}, 'invalidation.criterion_required'],
    [{ emailDomain: '  ' }, 'invalidation.criterion_required'],
    [{ from: at('2026-01-01T00:00:00Z') }, 'invalidation.time_range_incomplete'],
    [{ from: at('2026-01-02T00:00:00Z'), to: at('2026-01-01T00:00:00Z') }, 'invalidation.time_range_inverted'],
    [{ emailDomain: 'x.tw', from: at('2026-01-02T00:00:00Z'), to: at('2026-01-02T00:00:00Z') }, 'invalidation.time_range_inverted'],
  ])('%j → %s', (input, code) => {
    const result = validateInvalidationCriterion(input);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('normalises the domain and the hash, and accepts a time range alone or a domain with half a range', () => {
    expect(validateInvalidationCriterion({ emailDomain: ' Mailinator.COM ', ipPrefixHash: 'ABCDEF0123456789ABCDEF0123456789' })).toEqual({
      ok: true,
      value: { emailDomain: 'mailinator.com', ipPrefixHash: 'abcdef0123456789abcdef0123456789', from: null, to: null },
    });
    expect(validateInvalidationCriterion({ from: at('2026-01-01T00:00:00Z'), to: at('2026-01-02T00:00:00Z') }).ok).toBe(true);
    expect(validateInvalidationCriterion({ emailDomain: 'x.tw', from: at('2026-01-01T00:00:00Z') }).ok).toBe(true);
  });
});

describe('validateInvalidationNote', () => {
  it('needs a public note', () => {
    expect(validateInvalidationNote('  ')).toEqual({ ok: false, error: { code: 'invalidation.note_required' } });
    expect(validateInvalidationNote(' 大量拋棄式信箱 ')).toEqual({ ok: true, value: '大量拋棄式信箱' });
  });
});

describe('publicDomainOf', () => {
  const criterion = { emailDomain: 'mailinator.com', ipPrefixHash: null, from: null, to: null };
  it.each([
    ['disposable_domain', 'mailinator.com'],
    ['automated_signups', null],
    ['duplicate_identities', null],
    ['other', null],
  ] as const)('%s shows %s', (reason, shown) => {
    expect(publicDomainOf(reason, criterion)).toBe(shown);
  });
});

describe('invalidationEffect', () => {
  it.each([
    [null, 120, 30, 100, 90, false],
    [at('2026-01-01T00:00:00Z'), 120, 30, 100, 90, true],
    [at('2026-01-01T00:00:00Z'), 130, 30, 100, 100, false],
  ])('reached at %s, %i − %i against %i → %i, below after reaching %s', (reachedAt, before, invalidated, threshold, after, below) => {
    expect(invalidationEffect({ thresholdReachedAt: reachedAt }, { before, invalidated }, threshold)).toEqual({
      countAfter: after,
      belowThresholdAfterReaching: below,
    });
  });

  it('writes an audit line without identities', () => {
    const entry = invalidationAuditEntry({
      actorId: 'mod-1',
      proposalId: 'p-1',
      invalidationId: 'inv-1',
      reason: 'automated_signups',
      note: '同一網段大量附議',
      criterion: { emailDomain: null, ipPrefixHash: 'a'.repeat(32), from: null, to: null },
      counts: { before: 10, invalidated: 4 },
      effect: { countAfter: 6, belowThresholdAfterReaching: false },
      at: at('2026-01-01T00:00:00Z'),
    });
    expect(entry).toMatchObject({ action: 'proposal.invalidate_cosigns', before: { cosignCount: 10 }, after: { cosignCount: 6, invalidated: 4 } });
    expect(JSON.stringify(entry)).not.toMatch(/cosignerId|userId|email"/);
  });
});

describe('isTrending', () => {
  const thresholds = { minCount: 20, minSharePercent: 30 };
  it.each([
    [{ count: 19, total: 20 }, false],
    [{ count: 20, total: 66 }, true],
    [{ count: 20, total: 67 }, false],
    [{ count: 500, total: 500 }, true],
    [{ count: 0, total: 0 }, false],
  ])('%j → %s', (window, trending) => {
    expect(isTrending(window, thresholds)).toBe(trending);
  });
});

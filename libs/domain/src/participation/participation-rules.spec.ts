import {
  activeBlackout,
  DEFAULT_PARTICIPATION_RULES,
  participationRules,
  validateParticipationRules,
  type BlackoutPeriod,
} from './participation-rules';

const reason = { 'zh-TW': '大選前暫停', en: 'Paused before the election' };
const period = (startsAt: string, endsAt: string, why = reason): BlackoutPeriod => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  reason: why,
});

describe('participation rules', () => {
  it('defaults to the numbers of DOMAIN.md', () => {
    expect(DEFAULT_PARTICIPATION_RULES).toEqual({
      threshold: 5000,
      cosignWindowDays: 60,
      reviewWorkingDays: 5,
      blackoutPeriods: [],
      cosignsAccumulateAfterThreshold: true,
      agencyResponseDays: 60,
    });
    expect(participationRules({ threshold: 3000 })).toEqual({ ...DEFAULT_PARTICIPATION_RULES, threshold: 3000 });
  });

  it('accepts the defaults and a threshold of 1', () => {
    expect(validateParticipationRules(DEFAULT_PARTICIPATION_RULES).ok).toBe(true);
    expect(validateParticipationRules(participationRules({ threshold: 1, cosignWindowDays: 1 })).ok).toBe(true);
  });

  it.each([
    [{ threshold: 0 }, [{ code: 'rules.threshold_too_low', details: { field: 'threshold', min: 1 } }]],
    [{ cosignWindowDays: 0 }, [{ code: 'rules.cosign_window_too_short', details: { field: 'cosignWindowDays', min: 1 } }]],
    [{ reviewWorkingDays: -1 }, [{ code: 'rules.review_days_too_low', details: { field: 'reviewWorkingDays', min: 1 } }]],
    [{ agencyResponseDays: 0 }, [{ code: 'rules.agency_response_days_too_low', details: { field: 'agencyResponseDays', min: 1 } }]],
    [{ threshold: 2.5 }, [{ code: 'rules.not_an_integer', details: { field: 'threshold' } }]],
    [{ blackoutPeriods: [period('2024-01-02T00:00:00Z', '2024-01-02T00:00:00Z')] }, [{ code: 'rules.blackout_not_after_start', details: { index: 0 } }]],
    [{ blackoutPeriods: [period('2024-01-02T00:00:00Z', '2024-01-01T00:00:00Z')] }, [{ code: 'rules.blackout_not_after_start', details: { index: 0 } }]],
    [{ blackoutPeriods: [period('nope', '2024-01-01T00:00:00Z')] }, [{ code: 'rules.blackout_invalid_date', details: { index: 0 } }]],
    [
      { blackoutPeriods: [period('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z', { 'zh-TW': '選舉', en: ' ' })] },
      [{ code: 'rules.blackout_reason_missing', details: { index: 0, locale: 'en' } }],
    ],
  ])('refuses %j', (overrides, errors) => {
    expect(validateParticipationRules(participationRules(overrides))).toEqual({ ok: false, error: errors });
  });

  it('answers every problem at once', () => {
    const result = validateParticipationRules(participationRules({ threshold: 0, cosignWindowDays: 0 }));
    expect(result.ok ? [] : result.error.map((e) => e.code)).toEqual(['rules.threshold_too_low', 'rules.cosign_window_too_short']);
  });
});

describe('activeBlackout', () => {
  const rules = participationRules({ blackoutPeriods: [period('2024-01-01T00:00:00Z', '2024-01-10T00:00:00Z')] });

  it.each([
    ['2023-12-31T23:59:59.999Z', false],
    ['2024-01-01T00:00:00.000Z', true],
    ['2024-01-09T23:59:59.999Z', true],
    ['2024-01-10T00:00:00.000Z', false],
  ])('at %s in blackout: %s', (iso, inBlackout) => {
    expect(activeBlackout(rules, new Date(iso)) !== null).toBe(inBlackout);
  });
});

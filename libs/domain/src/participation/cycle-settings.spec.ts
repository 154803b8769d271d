import { changeCycleSettings } from './cycle-settings';
import { participationRules, type BlackoutPeriod } from './participation-rules';

const current = participationRules({ threshold: 5000, cosignWindowDays: 60 });
const blackout: BlackoutPeriod = {
  startsAt: new Date('2028-11-26T16:00:00Z'),
  endsAt: new Date('2029-01-25T16:00:00Z'),
  reason: { 'zh-TW': '大選前暫停', en: 'Paused before the election' },
};
const codes = (result: ReturnType<typeof changeCycleSettings>): string[] => (result.ok ? [] : result.error.map((e) => e.code));

describe('changeCycleSettings', () => {
  it.each([
    ['a lower threshold while proposals are open', { threshold: 3000 }, 4],
    ['a higher threshold while nothing is open', { threshold: 8000 }, 0],
    ['a longer window while proposals are open', { cosignWindowDays: 90 }, 4],
    ['a shorter window while proposals are open', { cosignWindowDays: 30 }, 4],
    ['new blackouts while proposals are open', { blackoutPeriods: [blackout] }, 4],
  ])('accepts %s', (_name, change, openProposals) => {
    const result = changeCycleSettings(current, change, { openProposals });
    expect(result).toEqual({ ok: true, value: { ...current, ...change } });
  });

  it('keeps the settings that are not named', () => {
    const result = changeCycleSettings(current, {}, { openProposals: 0 });
    expect(result).toEqual({ ok: true, value: current });
  });

  it('refuses raising the threshold while proposals are collecting co-signs', () => {
    const result = changeCycleSettings(current, { threshold: 5001 }, { openProposals: 1 });
    expect(result).toEqual({ ok: false, error: [{ code: 'cycle.threshold_raise_while_open', details: { field: 'threshold', openProposals: 1 } }] });
  });

  it('answers every invalid field at once', () => {
    const result = changeCycleSettings(
      current,
      { threshold: 0, cosignWindowDays: 1.5, blackoutPeriods: [{ ...blackout, endsAt: blackout.startsAt, reason: { 'zh-TW': '', en: 'x' } }] },
      { openProposals: 0 },
    );
    expect(codes(result)).toEqual(['rules.threshold_too_low', 'rules.not_an_integer', 'rules.blackout_not_after_start', 'rules.blackout_reason_missing']);
  });
});

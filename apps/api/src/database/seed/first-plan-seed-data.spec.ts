import { SUMMARY_ORIGINS, isCommitmentCode, originSummaryTotal, validateActionPlan, validateTaskforceStructure } from '@open-proposals/domain';
import { FIRST_ACTION_PLAN } from './first-action-plan';
import { FIRST_PLAN_COMMITMENTS } from './first-plan-commitments';
import { seedCommitmentTransition } from './first-plan.seed';
import { FIRST_TASKFORCE } from './first-plan-taskforce';

const AREA_CODES = FIRST_ACTION_PLAN.areas.map((a) => a.code);
const NOW = new Date('2025-01-01T00:00:00Z');

describe('the first action plan seed data', () => {
  it('is a valid plan whose origin summary adds up to its 19 commitments', () => {
    expect(validateActionPlan(FIRST_ACTION_PLAN)).toBeNull();
    expect(FIRST_ACTION_PLAN.originSummary?.counts).toEqual({ government: 12, citizen_proposal: 6, civil_member: 1 });
    expect(FIRST_ACTION_PLAN.originSummary && originSummaryTotal(FIRST_ACTION_PLAN.originSummary)).toBe(FIRST_PLAN_COMMITMENTS.length);
    expect(Object.keys(FIRST_ACTION_PLAN.originSummary?.counts ?? {})).toEqual([...SUMMARY_ORIGINS]);
  });

  it('has 19 commitments, 5/5/4/3/2 in area order, numbered in document order', () => {
    expect(AREA_CODES.map((area) => FIRST_PLAN_COMMITMENTS.filter((c) => c.areaCode === area).length)).toEqual([5, 5, 4, 3, 2]);
    // Grouped by area in the plan's order, and numbered <area position>.<item position> within it.
    const expected = AREA_CODES.flatMap((area, a) => FIRST_PLAN_COMMITMENTS.filter((c) => c.areaCode === area).map((_c, i) => `nap-1-${a + 1}.${i + 1}`));
    expect(FIRST_PLAN_COMMITMENTS.map((c) => c.code)).toEqual(expected);
    expect(new Set(FIRST_PLAN_COMMITMENTS.map((c) => c.code)).size).toBe(FIRST_PLAN_COMMITMENTS.length);
  });

  it.each(FIRST_PLAN_COMMITMENTS.map((c) => [c.code, c] as const))('%s is a commitment the domain accepts, translated, of unknown origin', (_code, entry) => {
    const { commitment, events } = seedCommitmentTransition(entry, AREA_CODES, NOW);
    expect(isCommitmentCode(entry.code)).toBe(true);
    expect(commitment).toMatchObject({ code: entry.code, origin: 'unknown', sourceProposalId: null, responsibleAgencyIds: [], tracking: 'open' });
    expect(events).toHaveLength(1);
    for (const text of [entry.title, entry.summary]) {
      expect(text['zh-TW'].trim()).toBe(text['zh-TW']);
      expect(text['zh-TW']).not.toBe('');
      expect(text.en).not.toBe('');
      // An English text with Han characters would be an untranslated fragment.
      expect(text.en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('refuses a commitment in an area the plan does not have', () => {
    const [first] = FIRST_PLAN_COMMITMENTS;
    if (first === undefined) throw new Error('no seed commitments');
    expect(() => seedCommitmentTransition({ ...first, areaCode: 'general' }, AREA_CODES, NOW)).toThrow('commitment.unknown_area');
  });

  it('describes a valid task force with one convener, two co-conveners and 12 civil members', () => {
    expect(validateTaskforceStructure(FIRST_TASKFORCE)).toBeNull();
    expect(FIRST_TASKFORCE.seats.filter((s) => s.role === 'convener').map((s) => s.holder?.['zh-TW'])).toEqual(['唐鳳']);
    expect(FIRST_TASKFORCE.seats.filter((s) => s.role === 'co_convener').map((s) => s.holder?.['zh-TW'])).toEqual(['龔明鑫', '彭啟明']);
    expect(FIRST_TASKFORCE.seats.find((s) => s.role === 'member' && s.side === 'civil')?.seatCount).toBe(12);
    expect(validateTaskforceStructure({ ...FIRST_TASKFORCE, seats: FIRST_TASKFORCE.seats.filter((s) => s.role !== 'convener') })).toBe('no_convener');
  });
});

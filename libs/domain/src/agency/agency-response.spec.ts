import { AGENCY_RESPONSE_LIMITS, extendDeadline, respond, validatePoints, type AgencyResponseRequest, type PointInput } from './agency-response.aggregate';
import { median, responsiveness, timeliness, type TimedRequest } from './agency-responsiveness';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2024-03-01T00:00:00Z');
const day = (n: number): Date => new Date(T0.getTime() + n * DAY);

const request: AgencyResponseRequest = {
  id: 'r1', proposalId: 'p1', agencyId: 'a1', requestedAt: T0, dueAt: day(60), status: 'requested', extensionCount: 0,
};
const POINT: PointInput = { heading: '一、現況', body: '本會已公開資料集。' };

const codeOf = (result: { ok: boolean; error?: { code: string } }): string => (result.ok ? 'ok' : (result.error?.code ?? '?'));

describe('validatePoints', () => {
  it.each([
    ['no points', [], 'agency_response.points_required'],
    ['too many points', Array.from({ length: AGENCY_RESPONSE_LIMITS.maxPoints + 1 }, () => POINT), 'agency_response.too_many_points'],
    ['a blank body', [POINT, { body: '   ' }], 'agency_response.point_body_required'],
    ['a long heading', [{ heading: '標'.repeat(101), body: 'x' }], 'agency_response.point_too_long'],
    ['a long body', [{ body: '字'.repeat(5001) }], 'agency_response.point_too_long'],
    ['the most points, the longest texts', Array.from({ length: 30 }, () => ({ heading: '標'.repeat(100), body: '字'.repeat(5000) })), 'ok'],
  ] as const)('%s → %s', (_name, points, code) => {
    expect(codeOf(validatePoints(points))).toBe(code);
  });

  it('trims, drops blank headings and names the failing point', () => {
    const result = validatePoints([{ heading: '  ', body: ' 內容 ' }, { body: '' }]);
    expect(result).toEqual({ ok: false, error: { code: 'agency_response.point_body_required', details: { point: 2 } } });
    expect(validatePoints([{ heading: ' ', body: ' 內容 ' }])).toEqual({ ok: true, value: [{ heading: null, body: '內容' }] });
  });
});

describe('respond', () => {
  it.each([
    ['before the due date', day(10), false],
    ['exactly at the due date', day(60), false],
    ['after the due date (accepted, marked late)', day(61), true],
  ] as const)('answers %s', (_name, now, late) => {
    const result = respond(request, { actorId: 'officer', points: [POINT] }, now);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.request.status).toBe('answered');
    expect(result.value.response).toEqual({ requestId: 'r1', points: [{ heading: '一、現況', body: '本會已公開資料集。' }], submittedBy: 'officer', submittedAt: now });
    expect(result.value.events).toEqual([expect.objectContaining({ type: 'AgencyResponded', requestId: 'r1', proposalId: 'p1', agencyId: 'a1', pointCount: 1, late })]);
    expect(result.value.audit).toEqual([expect.objectContaining({ action: 'agency_response.submit', subjectType: 'proposal', subjectId: 'p1', actorId: 'officer' })]);
  });

  it.each([
    ['a second answer', { ...request, status: 'answered' as const }, [POINT], 'agency_response.already_answered'],
    ['no points', request, [], 'agency_response.points_required'],
  ])('refuses %s', (_name, req, points, code) => {
    expect(codeOf(respond(req, { actorId: 'officer', points }, day(1)))).toBe(code);
  });
});

describe('extendDeadline', () => {
  const input = { actorId: 'officer', reason: '需跨部會協調', newDueAt: day(90) };

  it.each([
    ['already answered', { ...request, status: 'answered' as const }, input, day(1), 'agency_response.already_answered'],
    ['a blank reason', request, { ...input, reason: '  ' }, day(1), 'agency_response.reason_required'],
    ['a reason too long', request, { ...input, reason: '理'.repeat(1001) }, day(1), 'agency_response.reason_too_long'],
    ['the same date', request, { ...input, newDueAt: day(60) }, day(1), 'agency_response.due_date_not_later'],
    ['an earlier date', request, { ...input, newDueAt: day(30) }, day(1), 'agency_response.due_date_not_later'],
    ['after the due date passed', request, input, day(61), 'agency_response.extension_after_due'],
    ['a third extension', { ...request, extensionCount: 2 }, input, day(1), 'agency_response.too_many_extensions'],
    ['a second extension', { ...request, extensionCount: 1 }, input, day(1), 'ok'],
    ['on the due date itself', request, input, day(60), 'ok'],
  ])('%s → %s', (_name, req, extension, now, code) => {
    expect(codeOf(extendDeadline(req, extension, now))).toBe(code);
  });

  it('moves the due date, counts the extension and keeps the public reason', () => {
    const result = extendDeadline(request, { ...input, reason: ' 需跨部會協調 ' }, day(5));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.request).toMatchObject({ dueAt: day(90), extensionCount: 1, status: 'requested' });
    expect(result.value.extension).toEqual({ requestId: 'r1', previousDueAt: day(60), newDueAt: day(90), reason: '需跨部會協調', grantedBy: 'officer', createdAt: day(5) });
    expect(result.value.events[0]).toMatchObject({ type: 'AgencyResponseExtended', previousDueAt: day(60), newDueAt: day(90) });
    expect(result.value.audit[0]).toMatchObject({ action: 'agency_response.extend', reason: '需跨部會協調', subjectId: 'p1' });
  });
});

describe('timeliness', () => {
  const timed = (dueDay: number, answeredDay: number | null): TimedRequest => ({ requestedAt: T0, dueAt: day(dueDay), answeredAt: answeredDay === null ? null : day(answeredDay) });
  it.each([
    ['answered before due', 'on_time', timed(60, 30), day(100)],
    ['answered at due', 'on_time', timed(60, 60), day(100)],
    ['answered after due', 'late', timed(60, 61), day(100)],
    ['unanswered, past due', 'overdue', timed(60, null), day(61)],
    ['unanswered, due now', 'pending', timed(60, null), day(60)],
    ['unanswered, not yet due', 'pending', timed(60, null), day(1)],
  ] as const)('%s → %s', (_name, expected, req, now) => {
    expect(timeliness(req, now)).toBe(expected);
  });
});

describe('responsiveness', () => {
  it.each([
    ['nothing', [], null],
    ['one', [3], 3],
    ['odd count', [10, 2, 7], 7],
    ['even count', [10, 2, 7, 4], 5.5],
  ] as const)('median of %s', (_name, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('counts, rates and medians a fixed set', () => {
    const now = day(100);
    const set: TimedRequest[] = [
      { requestedAt: T0, dueAt: day(60), answeredAt: day(10) }, // on time, 10 days
      { requestedAt: T0, dueAt: day(60), answeredAt: day(30) }, // on time, 30 days
      { requestedAt: T0, dueAt: day(60), answeredAt: day(70) }, // late, 70 days
      { requestedAt: T0, dueAt: day(60), answeredAt: null }, // overdue now
      { requestedAt: day(90), dueAt: day(150), answeredAt: null }, // pending: not counted in the rate
    ];
    expect(responsiveness(set, now)).toEqual({
      requests: 5, answered: 3, onTime: 2, late: 1, overdueNow: 1, pending: 1, onTimeRate: 0.5, medianDaysToRespond: 30,
    });
  });

  it('has no rate and no median before anything is known', () => {
    expect(responsiveness([{ requestedAt: T0, dueAt: day(60), answeredAt: null }], day(1))).toMatchObject({ onTimeRate: null, medianDaysToRespond: null, pending: 1 });
  });
});

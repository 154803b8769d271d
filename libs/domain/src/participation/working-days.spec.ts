import { addWorkingDays, invalidHolidays, isWorkingDay } from './working-days';

/** Taipei wall-clock time to an instant (Taipei is UTC+8 all year). */
const taipei = (local: string): Date => new Date(`${local}+08:00`);

describe('isWorkingDay (Asia/Taipei)', () => {
  it.each([
    ['2024-03-08T23:59:59', true], // Friday night in Taipei, Friday 15:59 UTC
    ['2024-03-09T00:00:00', false], // Saturday in Taipei, still Friday in UTC
    ['2024-03-10T12:00:00', false], // Sunday
    ['2024-03-11T00:00:00', true], // Monday
  ])('%s → %s', (local, expected) => {
    expect(isWorkingDay(taipei(local))).toBe(expected);
  });

  it('an extra holiday is not a working day', () => {
    expect(isWorkingDay(taipei('2024-02-28T10:00:00'), ['2024-02-28'])).toBe(false);
  });

  it('lists malformed holidays', () => {
    expect(invalidHolidays(['2024-02-28', '2024-02-30', '28/02/2024'])).toEqual(['2024-02-30', '28/02/2024']);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['Friday morning, over a weekend', '2024-03-08T10:00:00', 5, [], '2024-03-16T00:00:00'],
    ['Friday just before midnight', '2024-03-08T23:59:59', 5, [], '2024-03-16T00:00:00'],
    ['Saturday', '2024-03-09T09:00:00', 5, [], '2024-03-16T00:00:00'],
    ['Monday', '2024-03-11T09:00:00', 5, [], '2024-03-19T00:00:00'],
    ['Friday, one working day', '2024-03-08T10:00:00', 1, [], '2024-03-12T00:00:00'],
    ['Friday, with a holiday on Tuesday', '2024-03-08T10:00:00', 5, ['2024-03-12'], '2024-03-19T00:00:00'],
  ] as const)('%s + %d → ends %s', (_name, from, days, holidays, due) => {
    expect(addWorkingDays(taipei(from), days, holidays)).toEqual(taipei(due));
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays(taipei('2024-03-08T10:00:00'), -1)).toThrow(RangeError);
  });
});

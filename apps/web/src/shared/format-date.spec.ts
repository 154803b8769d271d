import { formatDate, formatDateTime, formatYearMonth } from './format-date';

// 16:30 UTC on 31 May is already 1 June in Taipei (UTC+8).
const lateMay = '2024-05-31T16:30:05Z';

describe('format-date', () => {
  it('formats in the reader’s language on Taipei’s clock, naming the zone', () => {
    expect(formatDateTime(lateMay, 'en')).toMatch(/^Jun 1, 2024, 12:30:05\sAM Taiwan Time$/);
    expect(formatDateTime(lateMay, 'zh-TW')).toMatch(/^2024年6月1日 .*12:30:05/);
    expect(formatDateTime(lateMay, 'zh-TW')).toContain('台灣時間');
  });

  it('takes the calendar day in Taipei', () => {
    expect(formatDate(new Date(lateMay), 'en')).toBe('June 1, 2024');
    expect(formatDate(lateMay, 'zh-TW')).toBe('2024年6月1日');
  });

  it('formats a plan month', () => {
    expect(formatYearMonth('2021-01', 'zh-TW')).toBe('2021年1月');
    expect(formatYearMonth('2024-05', 'en')).toBe('May 2024');
  });

  it('answers an empty string for an invalid date instead of throwing', () => {
    expect(formatDateTime('not a date', 'en')).toBe('');
  });
});

import { matchesIfNoneMatch, weakEtag } from './http-cache';

describe('weak ETags', () => {
  it('are weak, quoted, stable for equal inputs and different for different ones', () => {
    const tag = weakEtag('proposals', 'csv', '3/2025-01-01');
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(weakEtag('proposals', 'csv', '3/2025-01-01')).toBe(tag);
    expect(weakEtag('proposals', 'json', '3/2025-01-01')).not.toBe(tag);
    expect(weakEtag('proposals', 'csv', '4/2025-01-01')).not.toBe(tag);
  });

  it.each([
    [undefined, false],
    ['*', true],
    ['W/"abc"', true],
    ['"abc"', true],
    ['"other", W/"abc"', true],
    ['"other"', false],
    ['W/"ab"', false],
  ])('If-None-Match %p against W/"abc" → %p', (header, expected) => {
    expect(matchesIfNoneMatch(header, 'W/"abc"')).toBe(expected);
  });
});

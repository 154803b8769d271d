import { negotiateLocale } from './localized-text';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'zh-TW'],
    ['', 'zh-TW'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-TW'],
    ['fr-FR,en;q=0.5,zh;q=0.4', 'en'],
    ['zh;q=0.2,en;q=0.9', 'en'],
    ['de', 'zh-TW'],
    ['en;q=0', 'zh-TW'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

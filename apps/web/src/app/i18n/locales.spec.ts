import en from './locales/en.json';
import zhTW from './locales/zh-TW.json';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as [dotted.key, value]; a non-string leaf is reported as such so the test fails on it. */
const leaves = (tree: Tree, prefix = ''): [string, unknown][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );

const placeholders = (value: unknown): string[] =>
  typeof value === 'string' ? [...value.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)].map((m) => m[0].replace(/\s/g, '')).sort() : [];

const locales = { 'zh-TW': leaves(zhTW), en: leaves(en) };

describe('locale files', () => {
  it('have exactly the same keys', () => {
    const zhKeys = locales['zh-TW'].map(([key]) => key).sort();
    const enKeys = locales.en.map(([key]) => key).sort();
    expect(enKeys).toEqual(zhKeys);
    expect(zhKeys.length).toBeGreaterThan(20);
  });

  it.each(Object.entries(locales))('%s has no empty or non-string value', (_locale, entries) => {
    const bad = entries.filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('use the same placeholders and tags in both languages', () => {
    const enByKey = new Map(locales.en);
    const mismatched = locales['zh-TW']
      .filter(([key, value]) => placeholders(value).join() !== placeholders(enByKey.get(key)).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('write zh-TW in Traditional Chinese wording', () => {
    const text = locales['zh-TW'].map(([, value]) => String(value)).join('\n');
    for (const term of ['提議', '附議', '推動小組', '承諾事項', '國家行動方案']) expect(text).toContain(term);
    // Simplified forms that must not appear: 议 (議), 动 (動), 组 (組), 诺 (諾), 项 (項), 国 (國), 开 (開).
    expect(text).not.toMatch(/[议动组诺项国开]/);
  });
});

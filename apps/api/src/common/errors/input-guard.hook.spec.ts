import { MAX_DEPTH, findInputProblem } from './input-guard.hook';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

describe('findInputProblem', () => {
  it.each([
    ['plain text', { title: '公開預算 🏛️👩‍👩‍👧', points: [{ body: '\u202e右至左' }] }],
    ['a surrogate pair', { title: '𠜎' }],
    ['numbers, booleans and null', { a: 1, b: [true, null] }],
    ['nesting at the limit', nested(MAX_DEPTH)],
  ])('accepts %s', (_name, input) => {
    expect(findInputProblem(input)).toBeUndefined();
  });

  it.each([
    ['a NUL in a value', { points: [{ body: 'a\u0000b' }] }, { kind: 'text', field: 'points[0].body' }],
    ['a lone high surrogate', { title: 'x\ud800' }, { kind: 'text', field: 'title' }],
    ['a lone low surrogate', { title: '\udc00x' }, { kind: 'text', field: 'title' }],
    ['a NUL in a key', { note: { 'k\u0000': 1 } }, { kind: 'text', field: 'note.(key)' }],
    ['nesting one past the limit', nested(MAX_DEPTH + 1), { kind: 'depth' }],
    ['40,000 levels of arrays', JSON.parse(`${'['.repeat(40_000)}${']'.repeat(40_000)}`) as unknown, { kind: 'depth' }],
  ])('finds %s', (_name, input, expected) => {
    expect(findInputProblem(input)).toMatchObject(expected);
  });
});

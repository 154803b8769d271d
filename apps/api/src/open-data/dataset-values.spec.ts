import { column } from './dataset-definition';
import { toCsvRecord, toJsonCell, toJsonItem } from './dataset-values';
import { DATASETS } from './open-data-catalog';

describe('dataset values', () => {
  const columns = [
    column('id', 'uuid', '識別碼', 'Id'),
    column('count', 'integer', '數', 'Count'),
    column('days', 'number', '天', 'Days'),
    column('on_time', 'boolean', '準時', 'On time'),
    column('at', 'datetime', '時間', 'At'),
    column('ids', 'uuid[]', '清單', 'List'),
  ];

  it('types each value as documented and keeps the documented keys in order', () => {
    const item = toJsonItem(columns, { ids: ['a', 'b'], at: new Date('2025-01-02T03:04:05Z'), on_time: false, days: '3.5', count: '7', id: 'x', extra: 'dropped' });
    expect(item).toEqual({ id: 'x', count: 7, days: 3.5, on_time: false, at: '2025-01-02T03:04:05.000Z', ids: ['a', 'b'] });
    expect(Object.keys(item)).toEqual(columns.map((c) => c.name));
  });

  it('writes null as an empty CSV cell, booleans as words and lists as JSON arrays', () => {
    const item = toJsonItem(columns, { id: 'x', count: 0, days: null, on_time: true, at: null, ids: [] });
    expect(toCsvRecord(columns, item)).toEqual(['x', 0, '', 'true', '', '[]']);
  });

  it('refuses a row that lacks a documented column or holds a value its type cannot', () => {
    expect(() => toJsonItem(columns, { id: 'x' })).toThrow('count');
    expect(() => toJsonCell(columns[3], 'yes')).toThrow('on_time');
    expect(() => toJsonCell(columns[1], 'many')).toThrow('count');
  });

  it('documents unique, snake_case column names in both languages for every dataset', () => {
    for (const dataset of DATASETS) {
      const names = dataset.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const c of dataset.columns) {
        expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(c.description['zh-TW'].length).toBeGreaterThan(0);
        expect(c.description.en.length).toBeGreaterThan(0);
      }
    }
  });
});

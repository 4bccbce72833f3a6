import { describe, expect, it } from 'vitest';
import { COLUMNS_KEY, readColumns, toggleColumn, writeColumns } from './column-choice.js';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('the column chooser', () => {
  it('keeps columns in the table order, once each', () => {
    expect(toggleColumn([], 'batchSize', true)).toEqual(['batchSize']);
    expect(toggleColumn(['batchSize'], 'evalLoss', true)).toEqual(['evalLoss', 'batchSize']);
    expect(toggleColumn(['evalLoss', 'batchSize'], 'evalLoss', true)).toEqual(['evalLoss', 'batchSize']);
    expect(toggleColumn(['evalLoss', 'batchSize'], 'evalLoss', false)).toEqual(['batchSize']);
  });

  it('remembers the choice and reads it back', () => {
    const storage = memory();
    writeColumns(['epochs', 'evalLoss'], storage);
    expect(storage.data.get(COLUMNS_KEY)).toBe('["evalLoss","epochs"]');
    expect(readColumns(storage)).toEqual(['evalLoss', 'epochs']);
  });

  it('reads nothing chosen from an empty, unreadable or foreign value, and from blocked storage', () => {
    expect(readColumns(memory())).toEqual([]);
    expect(readColumns(memory({ [COLUMNS_KEY]: '{not json' }))).toEqual([]);
    expect(readColumns(memory({ [COLUMNS_KEY]: '{"a":1}' }))).toEqual([]);
    expect(readColumns(memory({ [COLUMNS_KEY]: '["gpu", 3, "learningRate"]' }))).toEqual(['learningRate']);
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } };
    expect(readColumns(blocked)).toEqual([]);
    expect(() => writeColumns(['epochs'], blocked)).not.toThrow();
    expect(readColumns(null)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { dropOrder, fitColumns, hiddenColumnsNote } from './column-fit.js';

// The Experiments table's shape: a name, a status that must stay, and three that may go.
const COLUMNS = [
  { header: 'Experiment name', priority: 3 },
  { header: 'Status', priority: 1 },
  { header: 'Base model', priority: 2 },
  { header: 'Dataset', priority: 3 },
  { header: 'Created' },
];

describe('column priorities', () => {
  it('drops the least important first, the rightmost first among equals, never the first column or a priority 1', () => {
    expect(dropOrder(COLUMNS)).toEqual([3, 4, 2]);
  });

  it('treats an unset priority as 2 and a silly one as at least 1', () => {
    expect(dropOrder([{ header: 'A' }, { header: 'B' }, { header: 'C', priority: 0 }, { header: 'D', priority: 2.7 }])).toEqual([3, 1]);
  });

  it('keeps the remaining columns in their reading order and names the ones that went', () => {
    expect(fitColumns(COLUMNS, 0)).toEqual({ shown: [0, 1, 2, 3, 4], hidden: [], exhausted: false });
    expect(fitColumns(COLUMNS, 2)).toEqual({ shown: [0, 1, 2], hidden: ['Dataset', 'Created'], exhausted: false });
    expect(fitColumns(COLUMNS, 3)).toEqual({ shown: [0, 1], hidden: ['Base model', 'Dataset', 'Created'], exhausted: true });
  });

  it('never drops more than may go, nor a negative number', () => {
    expect(fitColumns(COLUMNS, 99).shown).toEqual([0, 1]);
    expect(fitColumns(COLUMNS, -1).shown).toEqual([0, 1, 2, 3, 4]);
    expect(fitColumns([{ header: 'Name' }], 1)).toEqual({ shown: [0], hidden: [], exhausted: true });
  });

  it('says which columns are not shown and where they are', () => {
    expect(hiddenColumnsNote([], 'open a row for all its details.')).toBe('');
    expect(hiddenColumnsNote(['Created'], 'open a row for all its details.')).toBe(
      'Created is not shown at this width: open a row for all its details.',
    );
    expect(hiddenColumnsNote(['Base model', 'Dataset', 'Created'], 'open an experiment for all its details.')).toBe(
      'Base model, Dataset and Created are not shown at this width: open an experiment for all its details.',
    );
  });
});

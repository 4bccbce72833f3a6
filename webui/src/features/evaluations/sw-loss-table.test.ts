import { afterEach, describe, expect, it } from 'vitest';
import type { SwPagination } from '../../ui/sw-pagination.js';
import type { ChartLine } from './loss-chart-data.js';
import { TABLE_PAGE } from './sw-loss-table.js';
import './sw-loss-table.js';

afterEach(() => document.body.replaceChildren());

const line = { key: 'train', label: 'Training loss' } as ChartLine;

describe('sw-loss-table', () => {
  it('pages the points a hundred at a time through sw-pagination', async () => {
    const steps = Array.from({ length: 250 }, (_, i) => i + 1);
    const table = document.createElement('sw-loss-table');
    Object.assign(table, { data: [steps, steps.map((s) => 1 / s)], lines: [line], indices: steps.map((_, i) => i) });
    document.body.append(table);
    await table.updateComplete;
    const rows = () => Array.from(table.shadowRoot!.querySelectorAll('tbody th'), (th) => th.textContent);
    const pager = table.shadowRoot!.querySelector<SwPagination>('sw-pagination')!;
    await pager.updateComplete;
    const next = () => Array.from(pager.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Next points')!;
    expect(rows()).toHaveLength(TABLE_PAGE);
    expect(rows()[0]).toBe('1');
    expect(pager.shadowRoot!.querySelector('.status')?.textContent).toBe('Points 1–100 of 250');

    let bubbled = 0;
    document.body.addEventListener('sw-page', () => bubbled++);
    next().click();
    await table.updateComplete;
    await pager.updateComplete;
    expect(rows()[0]).toBe('101');
    expect(pager.shadowRoot!.querySelector('.status')?.textContent).toBe('Points 101–200 of 250');
    expect(bubbled).toBe(0);
  });
});

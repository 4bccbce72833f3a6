import { afterEach, describe, expect, it } from 'vitest';
import type { Column, SwDataTable } from './sw-data-table.js';
import './sw-data-table.js';

interface Row {
  id: string;
  name: string;
  rows: number;
}

const COLUMNS: Column<Row>[] = [
  { header: 'Name', cell: (r) => r.name, sortKey: 'name', href: (r) => `/datasets/${r.id}?type=training` },
  { header: 'Rows', cell: (r) => r.rows, align: 'end', sortKey: 'rowCount' },
  { header: 'Notes', cell: () => '—', wrap: true },
];

const ROWS: Row[] = [
  { id: 'd1', name: 'Support chats', rows: 1200 },
  { id: 'd2', name: 'Emails', rows: 40 },
];

afterEach(() => document.body.replaceChildren());

async function mount(sort = '-createdAt', rows = ROWS) {
  const table = document.createElement('sw-data-table');
  table.caption = 'Datasets';
  table.columns = COLUMNS;
  table.rows = rows;
  table.rowKey = (r: Row) => r.id;
  table.sort = sort;
  document.body.append(table);
  await table.updateComplete;
  return table;
}

const headers = (table: SwDataTable) => Array.from(table.shadowRoot!.querySelectorAll('th'));
const sortOn = (table: SwDataTable) => headers(table).map((th) => th.getAttribute('aria-sort'));

describe('sw-data-table', () => {
  it('lets only the columns that ask for it wrap their text', async () => {
    const table = await mount();
    const cells = Array.from(table.shadowRoot!.querySelectorAll('tbody tr:first-child td'));
    expect(cells.map((td) => td.classList.contains('wrap'))).toEqual([false, false, true]);
    expect(cells[1].classList.contains('end')).toBe(true);
  });

  it('marks sortable headers with aria-sort and a real button', async () => {
    const table = await mount('-rowCount');
    expect(sortOn(table)).toEqual(['none', 'descending', null]);
    expect(headers(table).map((th) => th.querySelector('button')?.textContent?.trim() ?? null)).toEqual([
      'Name',
      'Rows',
      null,
    ]);
    table.sort = 'name';
    await table.updateComplete;
    expect(sortOn(table)).toEqual(['ascending', 'none', null]);
  });

  it('fires sw-sort: ascending first, then the other way round', async () => {
    const table = await mount('name');
    const sorts: string[] = [];
    document.body.addEventListener('sw-sort', (e) => sorts.push(e.detail.sort));
    const [name, rows] = headers(table).map((th) => th.querySelector('button'));
    name?.click();
    rows?.click();
    table.sort = '-name';
    await table.updateComplete;
    name?.click();
    expect(sorts).toEqual(['-name', 'rowCount', 'name']);
  });

  it('renders link cells as real anchors and focuses a row by key', async () => {
    const table = await mount();
    const links = Array.from(table.shadowRoot!.querySelectorAll('td a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Support chats', '/datasets/d1?type=training'],
      ['Emails', '/datasets/d2?type=training'],
    ]);
    expect(table.focusRow('d2')).toBe(true);
    expect(table.shadowRoot!.activeElement).toBe(links[1]);
    expect(table.focusRow('gone')).toBe(false);
  });

  it('keys rows, so a reordered page keeps each row element', async () => {
    const table = await mount();
    const first = table.shadowRoot!.querySelector('tr[data-key="d1"]');
    table.rows = [ROWS[1], ROWS[0]];
    await table.updateComplete;
    const rows = Array.from(table.shadowRoot!.querySelectorAll('tbody tr'));
    expect(rows.map((tr) => tr.getAttribute('data-key'))).toEqual(['d2', 'd1']);
    expect(rows[1]).toBe(first);
  });

  it('shows only the rows it is given', async () => {
    const table = await mount('-createdAt', [ROWS[0]]);
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('refuses to render without a row key', () => {
    const table = document.createElement('sw-data-table');
    table.rows = ROWS;
    expect(() => table.render()).toThrow(/rowKey/);
  });
});

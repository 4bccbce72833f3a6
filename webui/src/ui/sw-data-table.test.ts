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

async function mount(sort = '-createdAt', rows = ROWS, width = 0) {
  const table = document.createElement('sw-data-table');
  // happy-dom lays nothing out: a width given here stands for the table's own box.
  if (width > 0) table.getBoundingClientRect = () => ({ width }) as DOMRect;
  table.caption = 'Datasets';
  table.columns = COLUMNS;
  table.rows = rows;
  table.rowKey = (r: Row) => r.id;
  table.sort = sort;
  table.hiddenHint = 'open a dataset for all its details.';
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

  it('cuts a truncating column\'s text with its full text as the tooltip, the first one growing', async () => {
    const table = document.createElement('sw-data-table');
    table.columns = [
      { header: 'Name', cell: (r: Row) => r.name, truncate: true, href: (r: Row) => `/d/${r.id}` },
      { header: 'Base', cell: () => 'SmolLM2-135M', truncate: true },
    ];
    table.rows = ROWS;
    table.rowKey = (r: Row) => r.id;
    document.body.append(table);
    await table.updateComplete;
    const link = table.shadowRoot!.querySelector('td.truncate a.clip')!;
    expect([link.textContent, link.getAttribute('title')]).toEqual(['Support chats', 'Support chats']);
    // The first column of names takes the room the others leave; the next keeps its natural width.
    expect(headers(table).map((th) => th.className)).toEqual(['start truncate grow', 'start truncate']);
    expect(table.shadowRoot!.querySelector('td:nth-child(2) .clip')?.getAttribute('title')).toBe('SmolLM2-135M');
  });

  it('at phone width shows one card per row with every column, and the sort as a select', async () => {
    const table = await mount('-rowCount', ROWS, 390);
    expect(table.shadowRoot!.querySelector('table')).toBeNull();
    const cards = Array.from(table.shadowRoot!.querySelectorAll('li.card'));
    expect(cards.map((li) => li.getAttribute('data-key'))).toEqual(['d1', 'd2']);
    expect(cards[0].querySelector('.card-title a')?.getAttribute('href')).toBe('/datasets/d1?type=training');
    expect(Array.from(cards[0].querySelectorAll('dt, dd'), (e) => e.textContent?.trim())).toEqual(['Rows', '1200', 'Notes', '—']);
    const select = table.shadowRoot!.querySelector<HTMLSelectElement>('.cards-sort select')!;
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('-rowCount');
    const sorts: string[] = [];
    document.body.addEventListener('sw-sort', (e) => sorts.push(e.detail.sort));
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    expect(sorts).toEqual(['name']);
    expect(table.focusRow('d2')).toBe(true);
  });

  it('keeps the table, every column shown, at desktop width', async () => {
    const table = await mount('-createdAt', ROWS, 1200);
    expect(headers(table)).toHaveLength(3);
    expect(table.shadowRoot!.querySelector('.hidden-note')).toBeNull();
  });
});

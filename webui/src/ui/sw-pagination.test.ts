import { afterEach, describe, expect, it } from 'vitest';
import type { PageDetail, SwPagination } from './sw-pagination.js';
import './sw-pagination.js';

afterEach(() => document.body.replaceChildren());

async function mount(offset: number, limit: number, total: number) {
  const pagination = document.createElement('sw-pagination');
  Object.assign(pagination, { offset, limit, total });
  document.body.append(pagination);
  await pagination.updateComplete;
  const pages: PageDetail[] = [];
  pagination.addEventListener('sw-page', (e) => pages.push(e.detail));
  return { pagination, pages };
}

const button = (p: SwPagination, name: string) =>
  Array.from(p.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
const status = (p: SwPagination) => p.shadowRoot!.querySelector('.status')?.textContent?.replace(/\s+/g, ' ');

describe('sw-pagination', () => {
  it('says which page of how many, and asks for the next and previous page', async () => {
    const { pagination, pages } = await mount(25, 25, 110);
    expect(status(pagination)).toBe('Page 2 of 5');
    button(pagination, 'Next page').click();
    button(pagination, 'Previous page').click();
    expect(pages).toEqual([
      { offset: 50, limit: 25 },
      { offset: 0, limit: 25 },
    ]);
  });

  it('disables Previous page on the first page and Next page on the last', async () => {
    const { pagination } = await mount(0, 25, 110);
    expect(button(pagination, 'Previous page').disabled).toBe(true);
    expect(button(pagination, 'Next page').disabled).toBe(false);
    pagination.offset = 100;
    await pagination.updateComplete;
    expect(status(pagination)).toBe('Page 5 of 5');
    expect(button(pagination, 'Previous page').disabled).toBe(false);
    expect(button(pagination, 'Next page').disabled).toBe(true);
  });

  it('reads "Page 1 of 1" with both buttons disabled for an empty list', async () => {
    const { pagination } = await mount(0, 25, 0);
    expect(status(pagination)).toBe('Page 1 of 1');
    expect(button(pagination, 'Previous page').disabled).toBe(true);
    expect(button(pagination, 'Next page').disabled).toBe(true);
  });

  it('offers 10, 25, 50 and 100 rows per page under a label, keeping the first visible row', async () => {
    const { pagination, pages } = await mount(75, 25, 500);
    const select = pagination.shadowRoot!.querySelector('select')!;
    const label = pagination.shadowRoot!.querySelector(`label[for="${select.id}"]`);
    expect(label?.textContent).toBe('Rows per page');
    expect(Array.from(select.options, (o) => o.value)).toEqual(['10', '25', '50', '100']);
    expect(select.value).toBe('25');
    select.value = '50';
    select.dispatchEvent(new Event('change'));
    expect(pages).toEqual([{ offset: 50, limit: 50 }]);
  });

  it('hands focus to Previous page when Next page becomes disabled', async () => {
    const { pagination } = await mount(50, 25, 100);
    button(pagination, 'Next page').focus();
    pagination.offset = 75;
    await pagination.updateComplete;
    expect(pagination.shadowRoot!.activeElement).toBe(button(pagination, 'Previous page'));
  });

  it('pages something else by its unit: Previous points / Next points, the range shown, no size choice', async () => {
    const pagination = document.createElement('sw-pagination');
    Object.assign(pagination, { offset: 100, limit: 100, total: 250, pageSizes: [100], unit: 'points', label: 'Pages of loss curve points' });
    document.body.append(pagination);
    await pagination.updateComplete;
    expect(status(pagination)).toBe('Points 101–200 of 250');
    expect(pagination.shadowRoot!.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages of loss curve points');
    expect(pagination.shadowRoot!.querySelector('select')).toBeNull();
    expect(button(pagination, 'Previous points').disabled).toBe(false);
    pagination.offset = 200;
    await pagination.updateComplete;
    expect(status(pagination)).toBe('Points 201–250 of 250');
    expect(button(pagination, 'Next points').disabled).toBe(true);
    pagination.total = 0;
    pagination.offset = 0;
    await pagination.updateComplete;
    expect(status(pagination)).toBe('Points 0–0 of 0');
  });
});

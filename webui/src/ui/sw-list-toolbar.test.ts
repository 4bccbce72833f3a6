import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListFilter, SwListToolbar } from './sw-list-toolbar.js';
import './sw-list-toolbar.js';

const TYPE: ListFilter = {
  name: 'type',
  label: 'Type',
  value: '',
  options: [
    { value: '', label: 'All' },
    { value: 'training', label: 'Training' },
    { value: 'evaluation', label: 'Evaluation' },
  ],
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

async function mount(search = '') {
  const toolbar = document.createElement('sw-list-toolbar');
  toolbar.search = search;
  toolbar.filters = [TYPE];
  document.body.append(toolbar);
  await toolbar.updateComplete;
  const events: string[] = [];
  toolbar.addEventListener('sw-search', (e) => events.push(`q=${e.detail.q}`));
  toolbar.addEventListener('sw-filter', (e) => events.push(`${e.detail.name}=${e.detail.value}`));
  return { toolbar, events };
}

const input = (t: SwListToolbar) => t.shadowRoot!.querySelector('input')!;

function type(t: SwListToolbar, text: string) {
  input(t).value = text;
  input(t).dispatchEvent(new Event('input'));
}

describe('sw-list-toolbar', () => {
  it('labels the search box "Search" and each filter with its label', async () => {
    const { toolbar } = await mount();
    const labelOf = (id: string) => toolbar.shadowRoot!.querySelector(`label[for="${id}"]`)?.textContent;
    expect(input(toolbar).type).toBe('search');
    expect(labelOf(input(toolbar).id)).toBe('Search');
    expect(labelOf(toolbar.shadowRoot!.querySelector('select')!.id)).toBe('Type');
  });

  it('fires sw-search once, after a pause in typing, with the trimmed text', async () => {
    const { toolbar, events } = await mount();
    type(toolbar, 'sup');
    vi.advanceTimersByTime(200);
    type(toolbar, 'support ');
    vi.advanceTimersByTime(299);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['q=support']);
  });

  it('searches at once on Enter, and not again for the same text', async () => {
    const { toolbar, events } = await mount('support');
    type(toolbar, 'emails');
    toolbar.shadowRoot!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(events).toEqual(['q=emails']);
    vi.runAllTimers();
    type(toolbar, ' support');
    vi.runAllTimers();
    expect(events).toEqual(['q=emails']);
  });

  it('shows a search text that changed from outside (Back), dropping unsent typing', async () => {
    const { toolbar, events } = await mount('support');
    expect(input(toolbar).value).toBe('support');
    type(toolbar, 'support bot');
    toolbar.search = '';
    await toolbar.updateComplete;
    vi.runAllTimers();
    expect(input(toolbar).value).toBe('');
    expect(events).toEqual([]);
  });

  it('fires sw-filter with the chosen value at once', async () => {
    const { toolbar, events } = await mount();
    const select = toolbar.shadowRoot!.querySelector('select')!;
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['All', 'Training', 'Evaluation']);
    select.value = 'evaluation';
    select.dispatchEvent(new Event('change'));
    expect(events).toEqual(['type=evaluation']);
  });

  it('drops a pending search when it leaves the page', async () => {
    const { toolbar, events } = await mount();
    type(toolbar, 'support');
    toolbar.remove();
    vi.runAllTimers();
    expect(events).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { listPath, toItem, toPage } from './list.js';

describe('list calls', () => {
  it('puts every non-empty parameter in the path, encoded', () => {
    expect(listPath('/api/datasets', { q: 'chat & co', sort: '-createdAt', offset: 0, limit: 25, type: '' })).toBe(
      '/api/datasets?q=chat+%26+co&sort=-createdAt&offset=0&limit=25',
    );
    expect(listPath('/api/models', {})).toBe('/api/models');
  });

  it('reads {items, total}, and a bare array as one whole page', () => {
    expect(toPage({ items: [{ id: 'a' }], total: 40 })).toEqual({ items: [{ id: 'a' }], total: 40 });
    expect(toPage([{ id: 'a' }, { id: 'b' }])).toEqual({ items: [{ id: 'a' }, { id: 'b' }], total: 2 });
  });

  it('drops items without an id and tolerates a malformed answer', () => {
    expect(toPage({ items: [{ id: 'a' }, null, 'x', { name: 'no id' }, { id: 7 }], total: 'many' })).toEqual({
      items: [{ id: 'a' }],
      total: 1,
    });
    expect(toPage(null)).toEqual({ items: [], total: 0 });
    expect(toItem({ name: 'x' })).toBeNull();
  });
});

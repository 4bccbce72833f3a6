import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QueryController, sortValues } from './query-controller.js';

const defaults = { q: '', type: '', sort: '-createdAt', offset: 0, limit: 25 };
const allowed = { type: ['', 'training', 'evaluation'], sort: sortValues(['name', 'createdAt']) };

/** A stand-in for a LitElement: counts update requests and connects its controllers. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => host.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  return host;
}

function open(url: string) {
  window.history.replaceState(null, '', url);
  const host = fakeHost();
  const query = new QueryController(host as ReactiveControllerHost, { path: '/datasets', defaults, allowed });
  host.connect();
  return { host, query };
}

const here = () => window.location.pathname + window.location.search;

afterEach(() => window.history.replaceState(null, '', '/'));

describe('QueryController', () => {
  it('reads a pasted link, typed after the defaults', () => {
    const { query } = open('/datasets?type=training&q=chat&sort=name&offset=50&limit=50');
    expect(query.value).toEqual({ q: 'chat', type: 'training', sort: 'name', offset: 50, limit: 50 });
  });

  it('reads unknown or invalid values as their defaults, and snaps the offset to a page', () => {
    const { query } = open('/datasets?type=bogus&sort=password&limit=7&offset=-3');
    expect(query.value).toEqual(defaults);
    expect(open('/datasets?offset=30').query.value.offset).toBe(25);
    expect(open('/datasets?offset=abc').query.value.offset).toBe(0);
  });

  it('writes a new history entry and leaves defaults out of the URL', () => {
    const { query, host } = open('/datasets');
    const before = window.history.length;
    query.set({ type: 'evaluation' });
    expect(here()).toBe('/datasets?type=evaluation');
    expect(window.history.length).toBe(before + 1);
    expect(query.value.type).toBe('evaluation');
    expect(host.updates).toBe(1);
    query.set({ type: '' });
    expect(here()).toBe('/datasets');
  });

  it('goes back to the first page when a filter, the search or the sort changes', () => {
    const { query } = open('/datasets?offset=75');
    query.set({ type: 'training' });
    expect(here()).toBe('/datasets?type=training');
    query.set({ offset: 25 });
    query.set({ q: 'bot' }, { replace: true });
    expect(here()).toBe('/datasets?type=training&q=bot');
    query.set({ offset: 25 });
    query.set({ sort: 'name' });
    expect(query.value.offset).toBe(0);
  });

  it('keeps the first visible row when the page size changes', () => {
    const { query } = open('/datasets?offset=75');
    query.set({ limit: 50, offset: 50 });
    expect(here()).toBe('/datasets?offset=50&limit=50');
  });

  it('follows Back, and asks for an update only when its own state changed', () => {
    const { query, host } = open('/datasets?type=training');
    window.history.replaceState(null, '', '/datasets?type=evaluation&unrelated=1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(query.value.type).toBe('evaluation');
    expect(host.updates).toBe(1);
    const value = query.value;
    window.history.replaceState(null, '', '/datasets/abc?type=evaluation');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.updates).toBe(1);
    expect(query.value).toBe(value);
  });

  it('ignores URLs outside its list and stops listening when disconnected', () => {
    const { query, host } = open('/datasets?type=training');
    window.history.replaceState(null, '', '/models');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(query.value.type).toBe('training');
    host.disconnect();
    window.history.replaceState(null, '', '/datasets?type=evaluation');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.updates).toBe(0);
  });

  it('builds item and list links that keep the state', () => {
    const { query } = open('/datasets?type=training&offset=25&limit=25');
    expect(query.search).toBe('?type=training&offset=25');
    expect(query.itemHref('a/b 1')).toBe('/datasets/a%2Fb%201?type=training&offset=25');
    expect(query.listHref).toBe('/datasets?type=training&offset=25');
  });

  it('goes to the last page when the offset is past the end', () => {
    const { query } = open('/datasets?offset=500');
    const spy = vi.spyOn(window.history, 'replaceState');
    query.clampOffset(60);
    expect(spy).toHaveBeenCalledOnce();
    expect(query.value.offset).toBe(50);
    query.clampOffset(60);
    query.clampOffset(0);
    expect(spy).toHaveBeenCalledOnce();
  });
});

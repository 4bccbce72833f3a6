import { afterEach, describe, expect, it } from 'vitest';
import {
  clientTarget,
  documentTitle,
  compareHref,
  evaluationHref,
  evaluationsHref,
  experimentHref,
  isCurrentLink,
  matchPath,
  navigate,
  notFoundRoute,
  onLocationChange,
  patchSearch,
  readQuery,
  resolve,
  routes,
  samePage,
  writeQuery,
} from './router.js';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('route matching', () => {
  it('matches static paths, ignoring a trailing slash', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/datasets', '/datasets/')).toEqual({});
    expect(matchPath('/datasets', '/models')).toBeNull();
    expect(matchPath('/models', '/models/abc')).toBeNull();
  });

  it('builds an experiment link that its route decodes back to the id', () => {
    expect(experimentHref('e/1 ?')).toBe('/experiments/e%2F1%20%3F');
    expect(resolve(experimentHref('e/1 ?')).params).toEqual({ id: 'e/1 ?' });
  });

  it('gives an evaluation its own route, and compare one that is never read as an id', () => {
    expect(resolve(evaluationHref('ev/1')).route.path).toBe('/evaluations/:id');
    expect(resolve(evaluationHref('ev/1')).params).toEqual({ id: 'ev/1' });
    expect(resolve('/evaluations/compare').route.path).toBe('/evaluations/compare');
    expect(compareHref(['a', 'b c'])).toBe('/evaluations/compare?ids=a,b%20c');
    expect(resolve('/evaluations').route.path).toBe('/evaluations');
  });

  it('links evaluations of a run to the one evaluation, or to the list filtered to the run', () => {
    expect(evaluationsHref(['ev-1'], { experimentId: 'x 1' })).toBe('/evaluations/ev-1');
    expect(evaluationsHref(['a', 'b'], { experimentId: 'x 1' })).toBe('/evaluations?experimentId=x+1');
    expect(evaluationsHref([], {})).toBe('/evaluations');
  });

  it('extracts decoded params', () => {
    expect(matchPath('/models/:id', '/models/m%3A1')).toEqual({ id: 'm:1' });
    expect(matchPath('/models/:id', '/models/')).toBeNull();
    expect(matchPath('/models/:id', '/models/%E0%A4%A')).toBeNull();
  });

  it('resolves every sidebar route and falls back to Not found', () => {
    const titles = ['/', '/datasets', '/models', '/experiments', '/evaluations', '/train'].map(
      (path) => resolve(path).route.title,
    );
    expect(titles).toEqual(['Home', 'Datasets', 'Models', 'Experiments', 'Evaluations', 'Train Model']);
    expect(resolve('/nope')).toEqual({ route: notFoundRoute, params: { path: '/nope' } });
    expect(resolve('/models/abc', [...routes, { ...routes[2], path: '/models/:id' }]).params).toEqual({
      id: 'abc',
    });
  });

  it('opens a dataset or model on its list page, so the list stays while the drawer opens', () => {
    const item = resolve('/datasets/ds%2F1');
    expect(item.params).toEqual({ id: 'ds/1' });
    expect(samePage(resolve('/datasets'), item)).toBe(true);
    expect(samePage(resolve('/models'), resolve('/models/m-1'))).toBe(true);
    expect(samePage(resolve('/models'), resolve('/datasets'))).toBe(false);
    expect(samePage(null, item)).toBe(false);
  });

  it('titles pages as "Page · SLM Workbench"', () => {
    expect(documentTitle('Home')).toBe('Home · SLM Workbench');
  });
});

describe('current nav link', () => {
  it.each([
    ['/', '/', true],
    ['/', '/models', false],
    ['/models', '/models', true],
    ['/models', '/models/abc', true],
    ['/models', '/models/', true],
    ['/models', '/modelsx', false],
    ['/train', '/models', false],
  ])('%s is current at %s: %s', (href, path, current) => {
    expect(isCurrentLink(href, path)).toBe(current);
  });
});

describe('query-string state', () => {
  it('reads params typed after their defaults', () => {
    const defaults = { type: '', page: 1, q: '' };
    expect(readQuery(defaults, '?type=training&page=3')).toEqual({ type: 'training', page: 3, q: '' });
    expect(readQuery(defaults, '?page=abc')).toEqual(defaults);
    expect(readQuery(defaults, '?page=')).toEqual(defaults);
  });

  it('patches the search string, dropping empty values', () => {
    expect(patchSearch('?type=training&page=2', { page: null, q: 'bot' })).toBe('?type=training&q=bot');
    expect(patchSearch('?page=2', { page: '' })).toBe('');
  });

  it('writes to the URL, replacing the entry, and notifies listeners', () => {
    window.history.replaceState(null, '', '/datasets?page=2');
    let calls = 0;
    const stop = onLocationChange(() => calls++);
    const before = window.history.length;
    writeQuery({ type: 'evaluation', page: null });
    stop();
    expect(window.location.pathname + window.location.search).toBe('/datasets?type=evaluation');
    expect(window.history.length).toBe(before);
    expect(calls).toBe(1);
  });

  it('navigate pushes a new entry and skips the current URL', () => {
    let calls = 0;
    const stop = onLocationChange(() => calls++);
    navigate('/models');
    navigate('/models');
    stop();
    expect(window.location.pathname).toBe('/models');
    expect(calls).toBe(1);
  });
});

describe('link interception', () => {
  const base = new URL('http://app.test/datasets') as unknown as Location;

  function clickOn(href: string | null, init: Partial<MouseEvent> = {}, attrs: Record<string, string> = {}) {
    const anchor = document.createElement('a');
    if (href !== null) anchor.setAttribute('href', href);
    for (const [name, value] of Object.entries(attrs)) anchor.setAttribute(name, value);
    const span = anchor.appendChild(document.createElement('span'));
    const event = {
      defaultPrevented: false,
      button: 0,
      metaKey: false,
      ctrlKey: false,
      shiftKey: false,
      altKey: false,
      composedPath: () => [span, anchor, document.body],
      ...init,
    } as unknown as MouseEvent;
    return clientTarget(event, base);
  }

  it('handles plain clicks on app links, also from inside the link', () => {
    expect(clickOn('/models?type=base')?.href).toBe('http://app.test/models?type=base');
  });

  it('leaves modified and middle clicks, new tabs, downloads, server paths and other origins alone', () => {
    expect(clickOn('/models', { ctrlKey: true })).toBeNull();
    expect(clickOn('/models', { metaKey: true })).toBeNull();
    expect(clickOn('/models', { shiftKey: true })).toBeNull();
    expect(clickOn('/models', { button: 1 })).toBeNull();
    expect(clickOn('/models', { defaultPrevented: true })).toBeNull();
    expect(clickOn('/models', {}, { target: '_blank' })).toBeNull();
    expect(clickOn('/file.csv', {}, { download: '' })).toBeNull();
    expect(clickOn('/api/datasets/1/download')).toBeNull();
    expect(clickOn('/q/health')).toBeNull();
    expect(clickOn('https://example.org/models')).toBeNull();
    expect(clickOn('#content')).toBeNull();
    expect(clickOn(null)).toBeNull();
  });
});

import { html, type TemplateResult } from 'lit';

/** Values of the `:name` segments of a matched path. */
export type Params = Record<string, string>;

/** One page of the app: a path pattern such as `/models/:id`, its title and its lazily loaded element. */
export interface Route {
  path: string;
  title: string;
  load: () => Promise<unknown>;
  render: (params: Params) => TemplateResult;
}

export interface Match {
  route: Route;
  params: Params;
}

export const APP_NAME = 'SLM Workbench';

// A list and its item share one page element, so opening the drawer keeps the list as it is.
const datasetsPage = {
  load: () => import('../features/datasets/sw-datasets-page.js'),
  render: ({ id }: Params) => html`<sw-datasets-page .itemId=${id ?? null}></sw-datasets-page>`,
};

const modelsPage = {
  load: () => import('../features/models/sw-models-page.js'),
  render: ({ id }: Params) => html`<sw-models-page .itemId=${id ?? null}></sw-models-page>`,
};

export const routes: Route[] = [
  {
    path: '/',
    title: 'Home',
    load: () => import('../features/home/sw-home-page.js'),
    render: () => html`<sw-home-page></sw-home-page>`,
  },
  { path: '/datasets', title: 'Datasets', ...datasetsPage },
  { path: '/datasets/:id', title: 'Dataset', ...datasetsPage },
  { path: '/models', title: 'Models', ...modelsPage },
  { path: '/models/:id', title: 'Model', ...modelsPage },
  {
    path: '/experiments',
    title: 'Experiments',
    load: () => import('../features/experiments/sw-experiments-page.js'),
    render: () => html`<sw-experiments-page></sw-experiments-page>`,
  },
  {
    path: '/experiments/:id',
    title: 'Experiment',
    load: () => import('../features/experiments/sw-experiment-page.js'),
    render: ({ id }: Params) => html`<sw-experiment-page .itemId=${id}></sw-experiment-page>`,
  },
  {
    path: '/evaluations',
    title: 'Evaluations',
    load: () => import('../features/evaluations/sw-evaluations-page.js'),
    render: () => html`<sw-evaluations-page></sw-evaluations-page>`,
  },
  // Before `/evaluations/:id`, so `compare` is never read as an id.
  {
    path: '/evaluations/compare',
    title: 'Compare evaluations',
    load: () => import('../features/evaluations/sw-compare-page.js'),
    render: () => html`<sw-compare-page></sw-compare-page>`,
  },
  {
    path: '/evaluations/:id',
    title: 'Evaluation',
    load: () => import('../features/evaluations/sw-evaluation-page.js'),
    render: ({ id }: Params) => html`<sw-evaluation-page .itemId=${id}></sw-evaluation-page>`,
  },
  {
    path: '/train',
    title: 'Train Model',
    load: () => import('../features/train/sw-train-page.js'),
    render: () => html`<sw-train-page></sw-train-page>`,
  },
  {
    path: '/connect',
    title: 'Connect a Training API',
    load: () => import('../features/connect/sw-connect-page.js'),
    render: () => html`<sw-connect-page></sw-connect-page>`,
  },
];

export const notFoundRoute: Route = {
  path: '*',
  title: 'Page not found',
  load: () => import('./sw-not-found-page.js'),
  render: ({ path }) => html`<sw-not-found-page path=${path}></sw-not-found-page>`,
};

/** `/experiments/{id}`: an experiment's page (linked from Home, the list, the wizard and a model's lineage). */
export function experimentHref(id: string): string {
  return `/experiments/${encodeURIComponent(id)}`;
}

/** `/evaluations/{id}`: one evaluation read in full. */
export function evaluationHref(id: string): string {
  return `/evaluations/${encodeURIComponent(id)}`;
}

/** `/evaluations/compare?ids=a,b`: several evaluations side by side, in this order. */
export function compareHref(ids: readonly string[]): string {
  return `/evaluations/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/**
 * Where a list of evaluations links: the one evaluation itself when there is one, else the list
 * filtered by `filter` (e.g. `{ experimentId }`), so "Evaluations (3)" opens those three.
 */
export function evaluationsHref(ids: readonly string[], filter: Record<string, string>): string {
  if (ids.length === 1) return evaluationHref(ids[0]);
  const params = new URLSearchParams(filter);
  const search = params.toString();
  return search ? `/evaluations?${search}` : '/evaluations';
}

/** Drops a trailing slash (except for `/`) so `/models/` and `/models` are one page. */
export function normalisePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** Matches `/models/:id` against `/models/abc`; null when it does not match. */
export function matchPath(pattern: string, pathname: string): Params | null {
  const want = normalisePath(pattern).split('/');
  const have = normalisePath(pathname).split('/');
  if (want.length !== have.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (have[i] === '') return null;
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) {
      return null;
    }
  }
  return params;
}

/** The first route matching the path, or the Not found page (which receives the path as `path`). */
export function resolve(pathname: string, table: Route[] = routes): Match {
  for (const route of table) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return { route: notFoundRoute, params: { path: pathname } };
}

/** True when both matches show the same page element (a list and its drawer): it keeps its state and focus. */
export function samePage(a: Match | null, b: Match): boolean {
  return a !== null && a.route.render === b.route.render;
}

/** True when a sidebar link is the current section: `/` exactly, others by prefix (`/models/abc` → `/models`). */
export function isCurrentLink(href: string, pathname: string): boolean {
  const path = normalisePath(pathname);
  if (href === '/') return path === '/';
  return path === href || path.startsWith(`${href}/`);
}

/** `Home · SLM Workbench` */
export function documentTitle(title: string): string {
  return `${title} · ${APP_NAME}`;
}

const CHANGE = 'sw-location-change';

function notify(): void {
  window.dispatchEvent(new Event(CHANGE));
}

/** Goes to a same-origin URL without reloading; replace keeps history clean for redirects. */
export function navigate(url: string, { replace = false } = {}): void {
  const next = new URL(url, window.location.href);
  if (next.href === window.location.href) return;
  if (replace) window.history.replaceState(null, '', next);
  else window.history.pushState(null, '', next);
  notify();
}

/** Calls the listener after every change of URL (links, back/forward, query updates). */
export function onLocationChange(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

/** Paths the server owns; links to them always load for real. */
const SERVER_PATHS = /^\/(api|q|sandbox)(\/|$)/;

/** The URL a click should navigate to inside the app, or null when the browser should handle it. */
export function clientTarget(event: MouseEvent, base: Location = window.location): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof Element && node.tagName === 'A');
  if (!anchor || !anchor.hasAttribute('href') || anchor.hasAttribute('download')) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  const url = new URL(anchor.getAttribute('href') ?? '', base.href);
  if (url.origin !== base.origin || SERVER_PATHS.test(url.pathname)) return null;
  if (url.pathname === base.pathname && url.search === base.search && url.hash) return null;
  return url;
}

/** Routes same-origin link clicks through {@link navigate}; middle-click and modified clicks stay native. */
export function interceptLinks(root: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    const url = clientTarget(event);
    if (!url) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

/** Defaults of the query-string state a page keeps in the URL (filters, search, paging, sort). */
export type QueryState = Record<string, string | number>;

/**
 * Reads query parameters typed after their defaults: a number default parses as a number
 * (falling back when invalid), a string default stays a string.
 */
export function readQuery<T extends QueryState>(defaults: T, search: string = window.location.search): T {
  const params = new URLSearchParams(search);
  const result: QueryState = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (typeof fallback === 'number') {
      const value = Number(raw);
      result[key] = raw.trim() !== '' && Number.isFinite(value) ? value : fallback;
    } else {
      result[key] = raw;
    }
  }
  return result as T;
}

/** Changes to apply to the query string; null, undefined or '' removes the key. */
export type QueryPatch = Record<string, string | number | boolean | null | undefined>;

/** The search string after applying a patch, e.g. `?type=training&page=2`, or '' when empty. */
export function patchSearch(search: string, patch: QueryPatch): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Writes filter or paging state to the URL; replaces the history entry unless told to push. */
export function writeQuery(patch: QueryPatch, { push = false } = {}): void {
  const { pathname, search, hash } = window.location;
  navigate(pathname + patchSearch(search, patch) + hash, { replace: !push });
}

// The JavaScript budget of every route, checked after `vite build` (so `./mvnw verify` fails too).
// It follows Vite's build manifest (dist/.vite/manifest.json): for each page the router loads, the
// entry chunk and its static imports plus the page's lazy chunk and its static imports, each file
// counted once, gzipped. What a page imports dynamically (a drawer, a chart) is not its first load.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 50 KB gzip. */
export const BUDGET_BYTES = 51200;
export const HOME_PAGE_SRC = 'src/features/home/sw-home-page.ts';

/** The routes by the page each one loads; a page the router loads that is not here is checked under its file name. */
export const ROUTE_PAGES = {
  '/': HOME_PAGE_SRC,
  '/datasets': 'src/features/datasets/sw-datasets-page.ts',
  '/models': 'src/features/models/sw-models-page.ts',
  '/experiments': 'src/features/experiments/sw-experiments-page.ts',
  '/experiments/{id}': 'src/features/experiments/sw-experiment-page.ts',
  '/train': 'src/features/train/sw-train-page.ts',
  '/evaluations': 'src/features/evaluations/sw-evaluations-page.ts',
  '/connect': 'src/features/connect/sw-connect-page.ts',
  'Page not found': 'src/app/sw-not-found-page.ts',
};

/**
 * The JavaScript files a first visit to a page loads before it shows: every entry chunk of the
 * manifest, the page's own chunk, and everything they import statically (never dynamic imports,
 * which load later). Throws when the page is not in the manifest, so a renamed page fails loudly.
 */
export function initialFiles(manifest, pageSrc) {
  const starts = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const page = Object.keys(manifest).find((key) => manifest[key].src === pageSrc || key === pageSrc);
  if (!page) throw new Error(`The build manifest has no chunk for ${pageSrc}.`);
  if (starts.length === 0) throw new Error('The build manifest has no entry chunk.');
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest names ${key} as an import but has no such chunk.`);
    if (chunk.file.endsWith('.js') && !files.includes(chunk.file)) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...starts, page]) visit(key);
  return files;
}

/** A page element's file (`sw-home-page.ts`); the shell's other lazy parts (the sandbox notice) are not routes. */
const PAGE_FILE = /-page\.ts$/;

/**
 * The pages the router loads: the page files the entry chunks and their static imports import
 * dynamically. A page added to the router is found here without editing this script.
 */
export function routerPages(manifest) {
  const seen = new Set();
  const pages = [];
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const page of manifest[key].dynamicImports ?? []) {
      if (PAGE_FILE.test(page) && !pages.includes(page)) pages.push(page);
    }
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const key of Object.keys(manifest).filter((k) => manifest[k].isEntry)) visit(key);
  return pages;
}

/**
 * Each route's first load: the routes named in `routes` (which must all be in the manifest) and
 * every other page the router loads, each measured against the budget.
 */
export function measureRoutes(manifest, read, routes = ROUTE_PAGES, budget = BUDGET_BYTES) {
  const named = Object.entries(routes).map(([route, page]) => ({ route, page }));
  const others = routerPages(manifest)
    .filter((page) => !named.some((n) => n.page === page))
    .map((page) => ({ route: page, page }));
  return [...named, ...others].map(({ route, page }) => ({ route, page, ...measure(initialFiles(manifest, page), read, budget) }));
}

/** Gzipped bytes of each file and their sum, and whether the sum is within the budget. */
export function measure(files, read, budget = BUDGET_BYTES) {
  const sizes = files.map((file) => ({ file, gzip: gzipSync(read(file)).length }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  return { sizes, total, budget, ok: total <= budget };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const manifestDir = join(dist, '.vite');
  const manifestPath = join(manifestDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`JS budget: no build manifest at ${manifestPath}; run vite build with build.manifest on.`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  // The manifest is for this check only; it is not served with the app.
  rmSync(manifestDir, { recursive: true, force: true });
  const results = measureRoutes(manifest, (file) => readFileSync(join(dist, file)));
  for (const r of results) {
    console.log(`  ${r.route.padEnd(44)} ${kb(r.total).padStart(9)} gzip (${r.total} bytes, ${r.sizes.length} files)${r.ok ? '' : '  OVER'}`);
  }
  const over = results.filter((r) => !r.ok);
  const budget = `${kb(BUDGET_BYTES)} (${BUDGET_BYTES} bytes)`;
  if (over.length > 0) {
    for (const r of over) {
      console.error(`JS budget exceeded: ${r.route} loads ${kb(r.total)} (${r.total} bytes) gzip of JavaScript initially, over ${budget}.`);
      for (const { file, gzip } of r.sizes) console.error(`    ${file.padEnd(44)} ${kb(gzip).padStart(9)} gzip`);
    }
    console.error('Load the new weight lazily (a dynamic import) or raise the budget on purpose in scripts/js-budget.mjs.');
    process.exit(1);
  }
  const largest = results.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(`JS budget: every route (${results.length}) loads at most ${budget} gzip of JavaScript initially; the largest is ${largest.route}, ${kb(largest.total)}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

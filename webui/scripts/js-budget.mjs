// The JavaScript budget of the Home page, checked after `vite build` (so `./mvnw verify` fails too).
// It follows Vite's build manifest (dist/.vite/manifest.json): the entry chunk and its static
// imports, plus the Home page's lazy chunk and its static imports, each file counted once, gzipped.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 50 KB gzip. */
export const BUDGET_BYTES = 51200;
export const HOME_PAGE_SRC = 'src/features/home/sw-home-page.ts';

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
  const result = measure(initialFiles(manifest, HOME_PAGE_SRC), (file) => readFileSync(join(dist, file)));
  for (const { file, gzip } of result.sizes) console.log(`  ${file.padEnd(44)} ${kb(gzip).padStart(9)} gzip`);
  const figure = `${kb(result.total)} (${result.total} bytes) gzip of ${kb(result.budget)} (${result.budget} bytes)`;
  if (!result.ok) {
    console.error(`JS budget exceeded: the Home page loads ${figure} of JavaScript initially. ` +
      'Load the new weight lazily (a dynamic import) or raise the budget on purpose in scripts/js-budget.mjs.');
    process.exit(1);
  }
  console.log(`JS budget: the Home page loads ${figure} of JavaScript initially.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

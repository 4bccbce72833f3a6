import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, initialFiles, measure, measureRoutes, routerPages } from './js-budget.mjs';

// A small manifest in Vite's shape: an entry importing a shared chunk and lazily the pages.
const manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_lit-b.js'],
    dynamicImports: ['src/features/home/sw-home-page.ts', 'src/features/evaluations/sw-evaluations-page.ts', 'src/app/sandbox-ui.ts'],
    css: ['assets/index-a.css'],
  },
  '_lit-b.js': { file: 'assets/lit-b.js' },
  '_table-c.js': { file: 'assets/table-c.js', imports: ['_lit-b.js', '_format-d.js'] },
  '_format-d.js': { file: 'assets/format-d.js' },
  '_uplot-e.js': { file: 'assets/uplot-e.js' },
  '_style-f.css': { file: 'assets/style-f.css' },
  'src/features/home/sw-home-page.ts': {
    file: 'assets/sw-home-page-g.js',
    src: 'src/features/home/sw-home-page.ts',
    isDynamicEntry: true,
    imports: ['_table-c.js', '_lit-b.js', '_style-f.css'],
    dynamicImports: ['src/features/evaluations/sw-evaluations-page.ts'],
  },
  'src/features/evaluations/sw-evaluations-page.ts': {
    file: 'assets/sw-evaluations-page-h.js',
    src: 'src/features/evaluations/sw-evaluations-page.ts',
    isDynamicEntry: true,
    imports: ['_uplot-e.js', '_table-c.js'],
  },
};

describe('js-budget', () => {
  it('follows the entry and the Home page through static imports only, each file once', () => {
    expect(initialFiles(manifest, 'src/features/home/sw-home-page.ts')).toEqual([
      'assets/index-a.js',
      'assets/lit-b.js',
      'assets/sw-home-page-g.js',
      'assets/table-c.js',
      'assets/format-d.js',
    ]);
  });

  it('counts what another page imports statically only for that page', () => {
    const files = initialFiles(manifest, 'src/features/evaluations/sw-evaluations-page.ts');
    expect(files).toContain('assets/uplot-e.js');
    expect(initialFiles(manifest, 'src/features/home/sw-home-page.ts')).not.toContain('assets/uplot-e.js');
  });

  it('fails loudly on a page or an import the manifest does not have', () => {
    expect(() => initialFiles(manifest, 'src/features/gone/sw-gone-page.ts')).toThrow('no chunk for src/features/gone/sw-gone-page.ts');
    const broken = { ...manifest, '_lit-b.js': { file: 'assets/lit-b.js', imports: ['_missing.js'] } };
    expect(() => initialFiles(broken, 'src/features/home/sw-home-page.ts')).toThrow('_missing.js');
  });

  it('sums the gzip sizes and compares them with the budget', () => {
    const text = { 'a.js': 'x'.repeat(10000), 'b.js': 'let y = 1;' };
    const read = (file) => Buffer.from(text[file]);
    const within = measure(['a.js', 'b.js'], read);
    expect(within.sizes).toHaveLength(2);
    expect(within.total).toBe(within.sizes[0].gzip + within.sizes[1].gzip);
    expect(within.total).toBeLessThan(10000);
    expect(within.ok).toBe(true);
    expect(within.budget).toBe(BUDGET_BYTES);
    expect(measure(['a.js', 'b.js'], read, within.total).ok).toBe(true);
    expect(measure(['a.js', 'b.js'], read, within.total - 1).ok).toBe(false);
  });

  it('finds every page the router loads lazily, not what a page or the shell loads lazily besides', () => {
    expect(routerPages(manifest)).toEqual([
      'src/features/home/sw-home-page.ts',
      'src/features/evaluations/sw-evaluations-page.ts',
    ]);
  });

  it('measures every route, named or only found in the router, and fails the one past the budget', () => {
    const sizes = { 'assets/uplot-e.js': 40000 };
    // Random bytes barely compress, so a file's gzip size is about its length.
    const read = (file) => Buffer.from(Array.from({ length: sizes[file] ?? 100 }, () => Math.floor(Math.random() * 256)));
    const results = measureRoutes(manifest, read, { '/': 'src/features/home/sw-home-page.ts' }, 30000);
    expect(results.map((r) => [r.route, r.ok])).toEqual([
      ['/', true],
      ['src/features/evaluations/sw-evaluations-page.ts', false],
    ]);
    expect(() => measureRoutes(manifest, read, { '/gone': 'src/features/gone/sw-gone-page.ts' })).toThrow('no chunk for');
  });
});

import { describe, expect, it } from 'vitest';

// The folders' rules (README "Layout"): a page's parts stay in its feature, shared code never
// depends on a page, and pages are reached only through the router's dynamic imports (lazy chunks).
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `features/train/x.ts` importing `../../ui/y.js` → `ui/y.ts`. */
function resolve(from: string, spec: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of spec.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/** Each relative import of each file: its target, and whether it is a dynamic `import()`. */
const imports = Object.entries(sources).flatMap(([path, text]) => {
  const file = path.replace(/^\.\//, '');
  const found: { file: string; target: string; dynamic: boolean }[] = [];
  for (const m of text.matchAll(/\bfrom\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm)) found.push({ file, target: resolve(file, m[1] ?? m[2]), dynamic: false });
  for (const m of text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) found.push({ file, target: resolve(file, m[1]), dynamic: true });
  return found;
});

const feature = (path: string) => /^features\/([^/]+)\//.exec(path)?.[1] ?? null;

describe('src layout', () => {
  it('reads the sources', () => {
    expect(imports.some((i) => i.file === 'app/router.ts' && i.target === 'features/home/sw-home-page.ts' && i.dynamic)).toBe(true);
    expect(imports.some((i) => i.file === 'features/home/sw-home-page.ts' && i.target === 'ui/sw-data-table.ts')).toBe(true);
  });

  it('keeps each feature to itself: no feature imports another', () => {
    const crossing = imports.filter((i) => feature(i.file) && feature(i.target) && feature(i.file) !== feature(i.target));
    expect(crossing).toEqual([]);
  });

  it('keeps shared code independent of the pages, which only the router loads, lazily', () => {
    const intoFeatures = imports.filter((i) => !feature(i.file) && feature(i.target));
    expect(intoFeatures.filter((i) => i.file !== 'app/router.ts' || !i.dynamic)).toEqual([]);
  });

  it('keeps ui/, api/, styles/ and controllers/ below the shell: only the router is used from app/', () => {
    const intoApp = imports.filter((i) => /^(ui|api|styles|controllers)\//.test(i.file) && i.target.startsWith('app/'));
    expect(intoApp.map((i) => i.target).filter((t) => t !== 'app/router.ts')).toEqual([]);
  });
});

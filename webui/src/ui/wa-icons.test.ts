import { describe, expect, it } from 'vitest';
import { getIconLibrary } from '@awesome.me/webawesome/dist/components/icon/library.js';
import { iconUrl, registerSameOriginIcons, WEB_AWESOME_ICONS } from './wa-icons.js';

/** The files Vite serves from public/icons/, by name. */
const files = import.meta.glob<string>('../../public/icons/*.svg', { query: '?raw', import: 'default', eager: true });
const served = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.replace(/^.*\/(.+)\.svg$/, '$1'), text]),
);

describe('same-origin icons for Web Awesome', () => {
  it('serves a real SVG file for every icon it resolves, and nothing else', () => {
    expect(Object.keys(served).sort()).toEqual([...WEB_AWESOME_ICONS].sort());
    for (const text of Object.values(served)) expect(text.trimStart()).toMatch(/^<svg [^>]*viewBox=/);
  });

  it('replaces the system and default libraries with same-origin paths', async () => {
    registerSameOriginIcons();
    for (const library of ['system', 'default']) {
      const resolver = getIconLibrary(library)!.resolver;
      expect(await resolver('xmark', 'classic', 'solid', false)).toBe('/icons/xmark.svg');
      expect(await resolver('chevron-down', 'classic', 'regular', false)).toBe('/icons/chevron-down.svg');
    }
  });

  it('resolves an icon we do not serve to nothing, so no request is made', () => {
    expect(iconUrl('user')).toBe('');
    expect(iconUrl('../secrets')).toBe('');
  });
});

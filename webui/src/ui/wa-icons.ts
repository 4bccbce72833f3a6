import { registerIconLibrary } from '@awesome.me/webawesome/dist/components/icon/library.js';

/**
 * The icons Web Awesome's own controls draw (drawer and dialog close, select, pagination),
 * served as files from `public/icons/` (Font Awesome Free, from Web Awesome's system library).
 */
export const WEB_AWESOME_ICONS: readonly string[] = [
  'xmark',
  'circle-xmark',
  'check',
  'chevron-down',
  'chevron-left',
  'chevron-right',
  'angles-left',
  'angles-right',
  'ellipsis',
];

/** The same-origin URL of an icon, or '' for one we do not serve (Web Awesome then draws none). */
export function iconUrl(name: string): string {
  return WEB_AWESOME_ICONS.includes(name) ? `${import.meta.env.BASE_URL}icons/${name}.svg` : '';
}

/**
 * Points Web Awesome's `system` and `default` icon libraries at our own files. Out of the box they
 * fetch `data:` URLs and a CDN, which the CSP (`default-src 'self'`) blocks with console errors.
 * Call once, before the first Web Awesome element renders.
 */
export function registerSameOriginIcons(): void {
  const library = {
    resolver: (name: string) => iconUrl(name),
    mutator: (svg: SVGElement) => {
      if (!svg.hasAttribute('fill')) svg.setAttribute('fill', 'currentColor');
    },
  };
  registerIconLibrary('system', library);
  registerIconLibrary('default', library);
}

import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** Bundled stroke icons (24×24), decorative: the text next to them carries the meaning. */
function icon(paths: SVGTemplateResult): TemplateResult {
  return html`<svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths}
  </svg>`;
}

export const homeIcon = () =>
  icon(svg`<path d="M3 10.5 12 3l9 7.5" /><path d="M5 9.5V21h5v-6h4v6h5V9.5" />`);
export const datasetsIcon = () =>
  icon(svg`<ellipse cx="12" cy="5.5" rx="8" ry="3" /><path d="M4 5.5v13c0 1.7 3.6 3 8 3s8-1.3 8-3v-13" />
    <path d="M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" />`);
export const modelsIcon = () =>
  icon(svg`<path d="M12 2.5 20.5 7v10L12 21.5 3.5 17V7z" /><path d="M3.5 7 12 11.5 20.5 7" /><path d="M12 11.5v10" />`);
export const experimentsIcon = () =>
  icon(svg`<path d="M9 3h6" /><path d="M10 3v6L4.5 18.5A2 2 0 0 0 6.2 21.5h11.6a2 2 0 0 0 1.7-3L14 9V3" />
    <path d="M7.5 15h9" />`);
export const evaluationsIcon = () =>
  icon(svg`<path d="M3 3v18h18" /><path d="M7 16l4-5 3 3 5-7" />`);
export const trainIcon = () =>
  icon(svg`<circle cx="12" cy="12" r="9" /><path d="M10 8.5v7l6-3.5z" />`);
export const menuIcon = () => icon(svg`<path d="M4 6h16" /><path d="M4 12h16" /><path d="M4 18h16" />`);
export const closeIcon = () => icon(svg`<path d="M6 6l12 12" /><path d="M18 6 6 18" />`);
export const alertIcon = () =>
  icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5" /><path d="M12 16.5h.01" />`);
export const checkIcon = () => icon(svg`<circle cx="12" cy="12" r="9" /><path d="m8 12.5 2.7 2.7L16 10" />`);
export const emptyIcon = () =>
  icon(svg`<path d="M3 13.5 5.5 5h13l2.5 8.5" /><path d="M3 13.5V19h18v-5.5h-5.5a3.5 3.5 0 0 1-7 0z" />`);
export const retryIcon = () =>
  icon(svg`<path d="M20 11a8 8 0 1 0-2.3 5.7" /><path d="M20 4v7h-7" />`);

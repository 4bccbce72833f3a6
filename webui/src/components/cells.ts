import { html } from 'lit';
import { formatDateTime } from './format.js';

/** A timestamp as a readable `<time>`; an unreadable one as received, a missing one as "—". */
export function dateCell(iso: unknown): unknown {
  const text = formatDateTime(iso);
  if (text) return html`<time datetime=${iso as string}>${text}</time>`;
  return typeof iso === 'string' && iso !== '' ? iso : '—';
}

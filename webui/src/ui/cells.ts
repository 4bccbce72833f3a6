import { html } from 'lit';
import { formatCompact, formatCount, formatDateTime } from './format.js';

/** A timestamp as a readable `<time>`; an unreadable one as received, a missing one as "—". */
export function dateCell(iso: unknown): unknown {
  const text = formatDateTime(iso);
  if (text) return html`<time datetime=${iso as string}>${text}</time>`;
  return typeof iso === 'string' && iso !== '' ? iso : '—';
}

/** A parameter count in short form (`135M`); the exact number on hover and for screen readers. */
export function parameterCell(count: unknown): unknown {
  const short = formatCompact(count);
  if (short === null) return '—';
  const exact = formatCount(count as number);
  return html`<span title=${exact}><span aria-hidden="true">${short}</span><span class="visually-hidden"
      >${exact}</span
    ></span>`;
}

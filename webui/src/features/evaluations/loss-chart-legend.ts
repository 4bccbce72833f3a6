import { css, html, nothing, svg, unsafeCSS } from 'lit';
import { DASHES, PALETTE_SIZE, type Aligned, type ChartLine } from './loss-chart-data.js';

/** What the legend shows: the lines, whether each is shown, and the values under the cursor. */
export interface LegendSpec {
  lines: readonly ChartLine[];
  data: Aligned;
  hidden: ReadonlySet<string>;
  cursor: number | null;
  xLabel: string;
  onToggle(index: number): void;
}

const value = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Number(v.toPrecision(6))));

// Colours come from classes (not style attributes, which the CSP forbids): .c0 … .c7.
const palette = Array.from({ length: PALETTE_SIZE }, (_, i) => `.c${i} { stroke: var(--sw-chart-${i + 1}); }`).join('\n');

export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sw-space-2) var(--sw-space-3);
    margin: 0 0 var(--sw-space-2);
    padding: 0;
    list-style: none;
    font-size: var(--sw-text-sm);
  }

  .legend button {
    display: inline-flex;
    align-items: center;
    gap: var(--sw-space-2);
    min-height: 2rem;
    padding: 0 var(--sw-space-2);
    border: 1px solid var(--sw-border);
    border-radius: var(--sw-radius-sm);
    background: var(--sw-surface);
    color: var(--sw-text);
    font: inherit;
    cursor: pointer;
  }

  .legend button[aria-pressed='false'] {
    color: var(--sw-text-muted);
    text-decoration: line-through;
  }

  .legend button[aria-pressed='false'] svg {
    opacity: 0.35;
  }

  .legend svg {
    width: 2rem;
    height: 0.75rem;
    fill: none;
    stroke-width: 2.5;
  }

  .legend .value,
  .legend .x {
    font-variant-numeric: tabular-nums;
  }

  .legend .x {
    color: var(--sw-text-muted);
  }

  ${unsafeCSS(palette)}
`;

/** The legend: one toggle button per line (colour and dash swatch, name, value under the cursor). */
export function renderLegend(spec: LegendSpec) {
  const { cursor, data } = spec;
  return html`<ul class="legend" aria-label="Lines">
    ${cursor !== null ? html`<li class="x">${spec.xLabel} ${value(data[0][cursor])}</li>` : nothing}
    ${spec.lines.map((line, i) => {
      const style = line.style % PALETTE_SIZE;
      return html`<li>
        <button type="button" aria-pressed=${spec.hidden.has(line.key) ? 'false' : 'true'} @click=${() => spec.onToggle(i)}>
          <svg viewBox="0 0 32 12" aria-hidden="true" focusable="false">
            ${svg`<line class=${`c${style}`} x1="1" y1="6" x2="31" y2="6" stroke-dasharray=${DASHES[style].join(' ') || 'none'} />`}
            ${line.markers ? svg`<circle class=${`c${style}`} cx="16" cy="6" r="3" />` : nothing}
          </svg>
          <span>${line.label}</span>
          ${cursor !== null ? html`<span class="value">${value((data[i + 1] as (number | null)[])?.[cursor])}</span>` : nothing}
        </button>
      </li>`;
    })}
  </ul>`;
}

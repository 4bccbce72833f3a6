import { css } from 'lit';

/** What the evaluation panels share: a panel, headings, muted text and a plain bordered table. */
export const evaluationStyles = css`
  :host {
    display: block;
  }

  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sw-space-4);
    padding: var(--sw-space-5);
    border: 1px solid var(--sw-border);
    border-radius: var(--sw-radius);
    background: var(--sw-surface);
  }

  h3 {
    margin-top: var(--sw-space-3);
    font-size: var(--sw-text-md);
  }

  .muted {
    color: var(--sw-text-muted);
    font-size: var(--sw-text-sm);
  }

  .frame {
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--sw-border);
    border-radius: var(--sw-radius-sm);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--sw-text-sm);
  }

  th,
  td {
    padding: var(--sw-space-2) var(--sw-space-3);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--sw-surface-sunken);
    color: var(--sw-text-muted);
    font-size: var(--sw-text-xs);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  tbody tr + tr > * {
    border-top: 1px solid var(--sw-border);
  }

  tbody th {
    font-weight: 600;
  }

  .end {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;

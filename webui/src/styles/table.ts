import { css } from 'lit';

/**
 * The one table style: a bordered frame that scrolls on its own (so the page never scrolls
 * sideways), a muted header row that stays in view, rules between rows, numbers aligned at the end.
 * `sw-data-table`, `sw-preview-table`, `sw-loss-table` and the evaluation panels add only what is
 * theirs (sort buttons, a height limit, monospaced column names).
 */
export const tableStyles = css`
  /* Positioned, so absolute descendants (visually-hidden text) scroll with the table, not the page. */
  .frame {
    position: relative;
    overflow: auto;
    border: 1px solid var(--sw-border);
    border-radius: var(--sw-radius);
    background: var(--sw-surface);
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
    position: sticky;
    top: 0;
    background: var(--sw-surface-sunken);
    color: var(--sw-text-muted);
    font-size: var(--sw-text-xs);
    font-weight: 650;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    white-space: nowrap;
    border-bottom: 1px solid var(--sw-border);
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

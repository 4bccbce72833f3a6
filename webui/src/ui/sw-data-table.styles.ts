import { css } from 'lit';

/** What `sw-data-table` adds to the one table style: sort buttons, clipped names, the card layout. */
export const dataTableStyles = css`
  :host {
    display: block;
  }

  th,
  td {
    padding: var(--sw-space-3);
    vertical-align: middle;
    white-space: nowrap;
  }

  th button {
    display: inline-flex;
    align-items: center;
    gap: var(--sw-space-1);
    margin: calc(-1 * var(--sw-space-1));
    padding: var(--sw-space-1);
    border: 0;
    border-radius: var(--sw-radius-sm);
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
    cursor: pointer;
  }

  th button:hover,
  th[aria-sort='ascending'] button,
  th[aria-sort='descending'] button {
    color: var(--sw-text);
  }

  .arrow {
    width: 0.75rem;
    height: 0.75rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .arrow.none {
    opacity: 0.45;
  }

  .arrow.descending {
    transform: rotate(180deg);
  }

  tbody tr:hover td {
    background: var(--sw-surface-sunken);
  }

  td a,
  .card-title a {
    font-weight: 600;
  }

  th.end button {
    flex-direction: row-reverse;
  }

  td.wrap {
    min-width: 8rem;
    white-space: normal;
    overflow-wrap: anywhere;
  }

  /*
   * A long name ends in an ellipsis; the whole of it is its tooltip, and shows when it has focus.
   * The first column of names (.grow) takes what the other columns leave at their natural width:
   * all the width, with max-width 0 so its text never widens the table; the table drops a column
   * rather than squeeze it below MIN_NAME_WIDTH (column-fit.ts). Other columns of names keep their
   * natural width up to a cap.
   */
  th.grow,
  td.grow {
    width: 100%;
    max-width: 0;
  }

  th.grow {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .clip {
    display: block;
    max-width: 15rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  td.grow .clip {
    max-width: none;
  }

  td.truncate:focus-within .clip {
    overflow: visible;
    white-space: normal;
    overflow-wrap: anywhere;
  }

  .hidden-note {
    margin-top: var(--sw-space-2);
    color: var(--sw-text-muted);
    font-size: var(--sw-text-sm);
  }

  /* Phone width: one card per row, every column in it as a label and its value. */
  .cards-sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sw-space-2);
    margin-bottom: var(--sw-space-3);
    font-size: var(--sw-text-sm);
  }

  .cards-sort label {
    font-weight: 600;
  }

  .cards-sort select {
    flex: 1 1 12rem;
    min-height: 2.5rem;
    padding: var(--sw-space-2) var(--sw-space-3);
    border: 1px solid var(--sw-border-strong);
    border-radius: var(--sw-radius-sm);
    background: var(--sw-surface);
    color: var(--sw-text);
    font: inherit;
  }

  .cards {
    display: grid;
    gap: var(--sw-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    padding: var(--sw-space-3) var(--sw-space-4);
    border: 1px solid var(--sw-border);
    border-radius: var(--sw-radius);
    background: var(--sw-surface);
    font-size: var(--sw-text-sm);
  }

  .card-title {
    overflow-wrap: anywhere;
  }

  .card dl {
    display: grid;
    gap: var(--sw-space-1);
    margin: var(--sw-space-2) 0 0;
  }

  .card dl div {
    display: grid;
    grid-template-columns: minmax(6rem, 40%) minmax(0, 1fr);
    gap: var(--sw-space-3);
  }

  .card dt {
    color: var(--sw-text-muted);
  }

  .card dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;

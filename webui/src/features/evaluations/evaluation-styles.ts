import { css } from 'lit';

/** What the evaluation panels share: a panel, headings and muted text (their tables: `tableStyles`). */
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
`;

import { css } from 'lit';

/** Form fields: a label above its control, a hint and an error below it, linked by id. */
export const formStyles = css`
  .field {
    display: grid;
    gap: var(--sw-space-1);
    align-content: start;
    min-width: 0;
    font-size: var(--sw-text-sm);
  }

  label,
  .label {
    font-weight: 600;
  }

  input:not([type='file']),
  select,
  textarea {
    width: 100%;
    min-height: 2.5rem;
    padding: var(--sw-space-2) var(--sw-space-3);
    border: 1px solid var(--sw-border-strong);
    border-radius: var(--sw-radius-sm);
    background: var(--sw-surface);
    color: var(--sw-text);
    font: inherit;
  }

  textarea {
    min-height: 5rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--sw-danger-text);
    box-shadow: inset 0 0 0 1px var(--sw-danger-text);
  }

  .hint {
    color: var(--sw-text-muted);
  }

  .error {
    color: var(--sw-danger-text);
    font-weight: 600;
  }
`;

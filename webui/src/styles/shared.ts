import { css } from 'lit';

/** Styles every element shares: headings, links, buttons, focus rings, screen-reader-only text. */
export const sharedStyles = css`
  :host,
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :host {
    font-family: var(--sw-font);
    color: var(--sw-text);
  }

  :focus-visible {
    outline: 2px solid var(--sw-focus);
    outline-offset: 2px;
  }

  h1,
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
    font-weight: 650;
    letter-spacing: -0.01em;
  }

  h1 {
    font-size: var(--sw-text-2xl);
  }

  h1:focus {
    outline: none;
  }

  h1:focus-visible {
    outline: 2px solid var(--sw-focus);
  }

  h2 {
    font-size: var(--sw-text-lg);
  }

  p {
    margin: 0;
  }

  a {
    color: var(--sw-accent);
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--sw-accent-hover);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--sw-space-2);
    min-height: 2.5rem;
    padding: 0 var(--sw-space-4);
    border: 1px solid var(--sw-border-strong);
    border-radius: var(--sw-radius-sm);
    background: var(--sw-surface);
    color: var(--sw-text);
    font: inherit;
    font-size: var(--sw-text-sm);
    font-weight: 600;
    text-decoration: none;
    white-space: nowrap;
    cursor: pointer;
  }

  .button:hover {
    background: var(--sw-surface-sunken);
    color: var(--sw-text);
  }

  .button.primary {
    border-color: var(--sw-accent-fill);
    background: var(--sw-accent-fill);
    color: var(--sw-on-accent);
  }

  .button.primary:hover {
    border-color: var(--sw-accent-fill-hover);
    background: var(--sw-accent-fill-hover);
    color: var(--sw-on-accent);
  }

  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .button svg {
    width: 1.125em;
    height: 1.125em;
    flex: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** The frame of a page: header with h1 and actions, then content. */
export const pageStyles = css`
  :host {
    display: block;
  }

  .page-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--sw-space-4);
    margin-bottom: var(--sw-space-6);
  }

  .page-header .lead {
    margin-top: var(--sw-space-2);
    max-width: 60ch;
    color: var(--sw-text-muted);
  }

  /* A task's answer (renderTask): a failed refresh sits above the last answer. */
  .task {
    display: grid;
    /* One column no wider than the page: a wide table scrolls inside its own frame. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sw-space-3);
    transition: opacity 0.2s ease;
  }

  /* Dims only when a refresh is slow, so a quick poll never flickers. */
  .task[aria-busy='true'] {
    opacity: 0.65;
    transition-delay: 0.4s;
  }
`;

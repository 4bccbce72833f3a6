import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError } from '../api/api-error.js';
import { sharedStyles } from '../styles/shared.js';
import { alertIcon, retryIcon } from './icons.js';

const UNEXPECTED_TITLE = 'Something went wrong';
const UNEXPECTED_DETAIL = 'This part of the page could not be shown. Retry, or reload the page if it keeps happening.';

/** The title and sentence to show for any thrown value; only an ApiError's own words are shown. */
export function describeError(error: unknown): { title: string; detail: string } {
  return error instanceof ApiError
    ? { title: error.title, detail: error.detail }
    : { title: UNEXPECTED_TITLE, detail: UNEXPECTED_DETAIL };
}

/**
 * The error state: a readable title and sentence, and a Retry button.
 * @fires sw-retry - The user pressed Retry; the page re-runs its task. Bubbles out of shadow roots.
 */
/**
 * Whether trying again can help: not for a 422, where the server read the request and the content
 * itself cannot be used (a dataset's file that does not read as its format).
 */
export function retryable(error: unknown): boolean {
  return !(error instanceof ApiError && error.status === 422);
}

@customElement('sw-error')
export class SwError extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      .error {
        display: flex;
        gap: var(--sw-space-3);
        padding: var(--sw-space-4);
        border: 1px solid var(--sw-danger-border);
        border-radius: var(--sw-radius);
        background: var(--sw-danger-bg);
        color: var(--sw-text);
      }

      :host([compact]) .error {
        padding: var(--sw-space-3);
        font-size: var(--sw-text-sm);
      }

      .icon svg {
        width: 1.5rem;
        height: 1.5rem;
        color: var(--sw-danger-text);
      }

      .body {
        display: grid;
        gap: var(--sw-space-1);
        justify-items: start;
        min-width: 0;
      }

      .title {
        font-weight: 650;
        color: var(--sw-danger-text);
      }

      .button {
        margin-top: var(--sw-space-2);
      }
    `,
  ];

  /** What went wrong: an ApiError shows its title and detail; anything else a generic sentence. */
  @property({ attribute: false }) error: unknown = null;

  /** Smaller padding, for use inside a card. */
  @property({ type: Boolean, reflect: true }) compact = false;

  private _retry() {
    this.dispatchEvent(new CustomEvent('sw-retry', { bubbles: true, composed: true }));
  }

  override render() {
    const { title, detail } = describeError(this.error);
    return html`<div class="error" role="alert">
      <span class="icon">${alertIcon()}</span>
      <div class="body">
        <p class="title">${title}</p>
        <p>${detail}</p>
        ${retryable(this.error)
          ? html`<button class="button" type="button" @click=${this._retry}>${retryIcon()} Retry</button>`
          : nothing}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-error': SwError;
  }
  interface HTMLElementEventMap {
    'sw-retry': CustomEvent<void>;
  }
}

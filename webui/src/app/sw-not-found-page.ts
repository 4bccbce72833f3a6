import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { homeIcon } from '../ui/icons.js';
import { pageStyles, sharedStyles } from '../styles/shared.js';

/** Shown for any URL the app has no page for. */
@customElement('sw-not-found-page')
export class SwNotFoundPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  /** The path nobody knows, shown back to the user. */
  @property() path = '';

  override render() {
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Page not found</h1>
          <p class="lead">
            There is no page at <code>${this.path}</code>. The link may be mistyped, or the page
            may have moved.
          </p>
        </div>
      </header>
      <a class="button primary" href="/">${homeIcon()}Back to Home</a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-not-found-page': SwNotFoundPage;
  }
}

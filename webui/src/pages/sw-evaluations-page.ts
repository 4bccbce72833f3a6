import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { pageStyles, sharedStyles } from '../styles/shared.js';
import '../components/sw-empty.js';

/** Evaluations: Read accuracy, F1, perplexity and loss curves, and compare runs side by side. */
@customElement('sw-evaluations-page')
export class SwEvaluationsPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  override render() {
    return html`<header class="page-header"><h1 tabindex="-1">Evaluations</h1></header>
      <sw-empty>Read accuracy, F1, perplexity and loss curves, and compare runs side by side.</sw-empty>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-evaluations-page': SwEvaluationsPage;
  }
}

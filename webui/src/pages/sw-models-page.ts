import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { pageStyles, sharedStyles } from '../styles/shared.js';
import '../components/sw-empty.js';

/** Models: Browse base and fine-tuned models, their versions and where they came from. */
@customElement('sw-models-page')
export class SwModelsPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  override render() {
    return html`<header class="page-header"><h1 tabindex="-1">Models</h1></header>
      <sw-empty>Browse base and fine-tuned models, their versions and where they came from.</sw-empty>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-models-page': SwModelsPage;
  }
}

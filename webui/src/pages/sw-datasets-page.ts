import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { pageStyles, sharedStyles } from '../styles/shared.js';
import '../components/sw-empty.js';

/** Datasets: Upload and browse training and evaluation datasets. */
@customElement('sw-datasets-page')
export class SwDatasetsPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  override render() {
    return html`<header class="page-header"><h1 tabindex="-1">Datasets</h1></header>
      <sw-empty>Upload and browse training and evaluation datasets.</sw-empty>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-datasets-page': SwDatasetsPage;
  }
}

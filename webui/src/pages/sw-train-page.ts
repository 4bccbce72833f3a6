import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { pageStyles, sharedStyles } from '../styles/shared.js';
import '../components/sw-empty.js';

/** Train Model: Pick a base model and datasets, set the training configuration and launch a run. */
@customElement('sw-train-page')
export class SwTrainPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  override render() {
    return html`<header class="page-header"><h1 tabindex="-1">Train Model</h1></header>
      <sw-empty>Pick a base model and datasets, set the training configuration and launch a run.</sw-empty>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-train-page': SwTrainPage;
  }
}

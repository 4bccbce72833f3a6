import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { pageStyles, sharedStyles } from '../styles/shared.js';
import '../components/sw-empty.js';

/** Experiments: Follow training runs as they queue, run and finish, and open their details. */
@customElement('sw-experiments-page')
export class SwExperimentsPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  override render() {
    return html`<header class="page-header"><h1 tabindex="-1">Experiments</h1></header>
      <sw-empty>Follow training runs as they queue, run and finish, and open their details.</sw-empty>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-experiments-page': SwExperimentsPage;
  }
}

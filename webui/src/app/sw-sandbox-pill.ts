import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';
import { CONNECT_HREF, SANDBOX_EXPLANATION } from './sandbox-notice.js';

/**
 * The "Sandbox" pill by the app's name: a button that shows its explanation as text below it (a
 * disclosure, so keyboard and touch reach it too, not a hover-only tooltip). Escape, the pill
 * again or a click elsewhere hides it.
 */
@customElement('sw-sandbox-pill')
export class SwSandboxPill extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: relative;
        display: inline-block;
      }

      /* The one badge's look (sw-badge, warning tone), outlined so it reads as a mode of the whole app. */
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.4em;
        min-height: 1.5rem;
        padding: 0.125rem 0.625rem;
        border: 1px solid currentColor;
        border-radius: var(--sw-radius-pill);
        background: var(--sw-warning-bg);
        color: var(--sw-warning-text);
        font: inherit;
        font-size: var(--sw-text-xs);
        font-weight: 600;
        line-height: 1.5;
        cursor: pointer;
      }

      .chevron {
        width: 0.7em;
        height: 0.7em;
        fill: none;
        stroke: currentColor;
        stroke-width: 2;
      }

      [aria-expanded='true'] .chevron {
        transform: rotate(180deg);
      }

      .explanation {
        position: absolute;
        top: calc(100% + var(--sw-space-2));
        left: 0;
        z-index: 50;
        width: min(18rem, 80vw);
        padding: var(--sw-space-3);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
        box-shadow: var(--sw-shadow-overlay);
        color: var(--sw-text);
        font-size: var(--sw-text-sm);
        font-weight: 400;
      }

      .explanation[hidden] {
        display: none;
      }

      .explanation a {
        display: inline-block;
        margin-top: var(--sw-space-2);
        font-weight: 600;
      }
    `,
  ];

  @state() private _open = false;

  private _onOutside = (event: Event) => {
    if (!event.composedPath().includes(this)) this._open = false;
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('_open' as keyof SwSandboxPill)) return;
    if (this._open) document.addEventListener('pointerdown', this._onOutside);
    else document.removeEventListener('pointerdown', this._onOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this._onOutside);
  }

  private _onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this._open) {
      event.stopPropagation();
      this._open = false;
      this.renderRoot.querySelector('button')?.focus();
    }
  }

  override render() {
    return html`<div @keydown=${this._onKeydown}>
      <button type="button" aria-expanded=${this._open ? 'true' : 'false'} aria-controls="explanation"
        aria-describedby="explanation-text"
        @click=${() => (this._open = !this._open)}>
        Sandbox<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2.5 4.5 6 8l3.5-3.5" /></svg>
      </button>
      <div id="explanation" class="explanation" ?hidden=${!this._open}>
        <p id="explanation-text">${SANDBOX_EXPLANATION}</p>
        <a href=${CONNECT_HREF} @click=${() => (this._open = false)}>Connect a real Training API</a>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-sandbox-pill': SwSandboxPill;
  }
}

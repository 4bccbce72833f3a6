import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';
import { deepActiveElement, tabbables } from './focus.js';

let loading: Promise<unknown> | null = null;

/**
 * Loads Web Awesome's drawer, once. It is the heaviest part of a list page and most visits never
 * open one, so it stays out of the page's first load: a page asks for it when a drawer first opens.
 */
export function loadDrawer(): Promise<unknown> {
  loading ??= import('@awesome.me/webawesome/dist/components/drawer/drawer.js').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * A panel over the page with one item's details. Wraps Web Awesome's drawer, a modal dialog: focus
 * moves in, Tab and Shift+Tab wrap around inside it, Escape or the Close button closes it. Route-driven: a page opens it for
 * `/datasets/{id}`, navigates back to its list on `sw-close`, and returns focus to the row's link
 * on `sw-after-close`. Web Awesome's drawer is loaded when it first opens ({@link loadDrawer}); until
 * then nothing is rendered. Its close icon is one of our same-origin icons (`wa-icons.ts`).
 * @slot - The details.
 * @fires sw-close - The user closed the drawer (Escape, Close). The page navigates back to its list.
 * @fires sw-after-close - The drawer finished closing, whoever closed it (also Back). The page returns focus.
 */
@customElement('sw-drawer')
export class SwDrawer extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: contents;
      }

      /* Web Awesome's tokens, from ours: we do not load its theme. */
      wa-drawer {
        --size: min(36rem, 100vw);
        --spacing: var(--sw-space-5);
        --show-duration: 200ms;
        --hide-duration: 200ms;
        --wa-color-surface-raised: var(--sw-surface);
        --wa-color-overlay-modal: var(--sw-backdrop);
        --wa-shadow-l: var(--sw-shadow-overlay);
        --wa-font-size-l: var(--sw-text-lg);
        --wa-font-weight-heading: 650;
        --wa-line-height-condensed: 1.25;
        --wa-form-control-padding-block: var(--sw-space-2);
        --wa-space-2xs: var(--sw-space-1);
        --wa-focus-ring: 2px solid var(--sw-focus);
        --wa-focus-ring-offset: 2px;
        --wa-transition-fast: 100ms;
        --wa-transition-easing: ease;
        color: var(--sw-text);
        font-family: var(--sw-font);
      }

      wa-drawer::part(close-button__base) {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 2.5rem;
        height: 2.5rem;
        padding: 0;
        border: 0;
        border-radius: var(--sw-radius-sm);
        background: transparent;
        color: var(--sw-text-muted);
        font-size: 1.125rem;
        cursor: pointer;
      }

      wa-drawer::part(close-button__base):hover {
        background: var(--sw-surface-sunken);
        color: var(--sw-text);
      }

      @media (prefers-reduced-motion: reduce) {
        wa-drawer {
          --show-duration: 0s;
          --hide-duration: 0s;
        }
      }
    `,
  ];

  /** Whether the drawer is shown; the page sets it from the route. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The heading, which also names the dialog for screen readers. */
  @property() label = '';

  /** Whether Web Awesome's drawer is defined, so it can be rendered. */
  @state() private _ready = customElements.get('wa-drawer') !== undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !this._ready) {
      loadDrawer().then(
        () => (this._ready = true),
        (error: unknown) => console.error('The drawer could not be loaded.', error),
      );
    }
  }

  constructor() {
    super();
    // On the host: keys from the slotted details and from the drawer's own Close button both reach it.
    this.addEventListener('keydown', (event) => this._onKeydown(event));
  }

  private _afterHide(event: Event) {
    if (event.target !== event.currentTarget) return;
    const byUser = this.open;
    this.open = false;
    if (byUser) this._emit('sw-close');
    // After Web Awesome's own focus restore (a timer it set just before), which would undo the page's.
    setTimeout(() => this._emit('sw-after-close'));
  }

  /** A native modal dialog lets Tab leave for the browser's own UI; wrap around inside instead. */
  private _onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Tab' || !this.open) return;
    const items = tabbables(this.renderRoot);
    if (items.length === 0) return;
    const active = deepActiveElement() as HTMLElement | null;
    const inside = active !== null && items.includes(active);
    const [first, last] = [items[0], items[items.length - 1]];
    if (event.shiftKey ? !inside || active === first : !inside || active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  private _emit(type: 'sw-close' | 'sw-after-close') {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }

  override render() {
    if (!this._ready) return nothing;
    return html`<wa-drawer
      label=${this.label}
      .open=${this.open}
      @wa-after-hide=${this._afterHide}
    >
      <slot></slot>
    </wa-drawer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-drawer': SwDrawer;
  }
  interface HTMLElementEventMap {
    'sw-close': CustomEvent<void>;
    'sw-after-close': CustomEvent<void>;
  }
}

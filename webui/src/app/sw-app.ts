import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { DEFAULT_CONFIG, getConfig, type AppConfig } from '../api/config.js';
import {
  documentTitle,
  interceptLinks,
  normalisePath,
  onLocationChange,
  resolve,
  samePage,
  type Match,
} from './router.js';
import { sharedStyles } from '../styles/shared.js';
import { menuIcon } from '../ui/icons.js';
import { shellStyles } from './sw-app.styles.js';
import type { SwSidebarNav } from './sw-sidebar-nav.js';
import '../ui/sw-error.js';
import './sw-sidebar-nav.js';

const LOGO_PATH =
  'M9 21.5c2.2 1.4 4.6 2 7 2 3.3 0 5.5-1.6 5.5-4 0-5.2-11-3.3-11-8.6 0-2.4 2.2-4 5.3-4 2 0 4 .5 5.7 1.6';

/** The app shell: sidebar navigation, the Menu button on narrow screens, and the routed page. */
@customElement('sw-app')
export class SwApp extends LitElement {
  static override styles = [sharedStyles, shellStyles];

  @state() private _match: Match | null = null;
  @state() private _path = '';
  @state() private _loadError: unknown = null;
  @state() private _menuOpen = false;
  @state() private _config: AppConfig = DEFAULT_CONFIG;

  @query('#menu-button') private _menuButton?: HTMLButtonElement;
  @query('sw-sidebar-nav') private _nav?: SwSidebarNav;
  @query('main') private _main?: HTMLElement;

  private _cleanups: (() => void)[] = [];
  private _navigation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this._cleanups = [interceptLinks(), onLocationChange(() => void this._route(true))];
    window.addEventListener('keydown', this._onKeydown);
    void this._route(false);
    void getConfig().then((config) => {
      this._config = config;
      // The notice and the pill only ever show on the sandbox: a real backend's visit never loads them.
      if (config.sandbox) {
        void import('./sandbox-ui.js').catch((error: unknown) => console.error('The sandbox notice could not be loaded.', error));
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._cleanups.forEach((cleanup) => cleanup());
    window.removeEventListener('keydown', this._onKeydown);
  }

  /** Shows the page for the current URL; query-only changes belong to the page. */
  private async _route(moveFocus: boolean): Promise<void> {
    const path = normalisePath(window.location.pathname);
    if (path === this._path && !this._loadError) return;
    const navigation = ++this._navigation;
    const match = resolve(path);
    this._menuOpen = false;
    try {
      await match.route.load();
      this._loadError = null;
    } catch (error) {
      this._loadError = error;
    }
    if (navigation !== this._navigation) return;
    // Opening or closing a drawer keeps the page, which moves focus itself.
    const keptPage = samePage(this._match, match) && !this._loadError;
    this._match = match;
    this._path = path;
    document.title = documentTitle(this._loadError ? 'Page could not be loaded' : match.route.title);
    if (moveFocus && !keptPage) await this._focusHeading();
  }

  /** The routed page's element: what `main` holds besides the sandbox notice. */
  private _pageElement(): Element | null {
    return this._main?.querySelector(':scope > :not(sw-sandbox-notice)') ?? null;
  }

  /** After client-side navigation, focus goes to the new page's h1 so screen readers announce it. */
  private async _focusHeading(): Promise<void> {
    await this.updateComplete;
    const page = this._pageElement();
    if (page instanceof LitElement) await page.updateComplete;
    const heading = page?.shadowRoot?.querySelector<HTMLElement>('h1');
    (heading ?? this._main)?.focus();
  }

  private _onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this._menuOpen) {
      this._menuOpen = false;
      this._menuButton?.focus();
    }
  };

  private async _toggleMenu(): Promise<void> {
    this._menuOpen = !this._menuOpen;
    if (this._menuOpen) {
      await this.updateComplete;
      this._nav?.focusFirst();
    }
  }

  private _closeMenu(): void {
    this._menuOpen = false;
  }

  private _onSidebarClick(event: MouseEvent): void {
    const link = event.composedPath().some((node) => node instanceof HTMLAnchorElement);
    if (link) this._menuOpen = false;
  }

  private _skipToContent(event: Event): void {
    event.preventDefault();
    const heading = this._pageElement()?.shadowRoot?.querySelector<HTMLElement>('h1');
    (heading ?? this._main)?.focus();
  }

  private _page() {
    if (this._loadError) {
      return html`<h1 class="visually-hidden" tabindex="-1">Page could not be loaded</h1>
        <sw-error .error=${this._loadError} @sw-retry=${() => void this._route(true)}></sw-error>`;
    }
    return this._match ? this._match.route.render(this._match.params) : nothing;
  }

  override render() {
    return html`<div class="layout ${this._menuOpen ? 'menu-open' : ''}">
      <header class="banner">
        <a class="skip-link" href="#content" @click=${this._skipToContent}>Skip to content</a>
        <button
          id="menu-button"
          class="menu-button"
          type="button"
          aria-expanded=${this._menuOpen ? 'true' : 'false'}
          aria-controls="sidebar"
          @click=${this._toggleMenu}
        >
          ${menuIcon()}<span>Menu</span>
        </button>
        <div class="brand">
          <svg class="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" />
            <path d=${LOGO_PATH} />
          </svg>
          <span class="app-name">SLM Workbench</span>
          ${this._config.sandbox ? html`<sw-sandbox-pill></sw-sandbox-pill>` : nothing}
        </div>
      </header>
      <div id="sidebar" class="sidebar" @click=${this._onSidebarClick}>
        <sw-sidebar-nav .currentPath=${this._path}></sw-sidebar-nav>
        ${this._config.version
          ? html`<footer class="version">Version ${this._config.version}</footer>`
          : nothing}
      </div>
      <div class="backdrop" @click=${this._closeMenu}></div>
      <main id="content" tabindex="-1" ?inert=${this._menuOpen}>
        ${this._config.sandbox
          ? html`<sw-sandbox-notice @sw-notice-dismissed=${() => void this._focusHeading()}></sw-sandbox-notice>`
          : nothing}${this._page()}
      </main>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-app': SwApp;
  }
}

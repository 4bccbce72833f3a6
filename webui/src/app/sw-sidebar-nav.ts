import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { isCurrentLink } from './router.js';
import { sharedStyles } from '../styles/shared.js';
import {
  datasetsIcon,
  evaluationsIcon,
  experimentsIcon,
  homeIcon,
  modelsIcon,
  trainIcon,
} from '../ui/icons.js';

interface NavItem {
  href: string;
  label: string;
  icon: () => TemplateResult;
}

/** The sidebar's links, in order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Home', icon: homeIcon },
  { href: '/datasets', label: 'Datasets', icon: datasetsIcon },
  { href: '/models', label: 'Models', icon: modelsIcon },
  { href: '/experiments', label: 'Experiments', icon: experimentsIcon },
  { href: '/evaluations', label: 'Evaluations', icon: evaluationsIcon },
  { href: '/train', label: 'Train Model', icon: trainIcon },
];

/** The main navigation: real links, the current section marked with `aria-current="page"`. */
@customElement('sw-sidebar-nav')
export class SwSidebarNav extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      ul {
        display: grid;
        gap: 2px;
        margin: 0;
        padding: 0;
        list-style: none;
      }

      li.train {
        margin-top: var(--sw-space-3);
        padding-top: var(--sw-space-3);
        border-top: 1px solid var(--sw-border);
      }

      a {
        display: flex;
        align-items: center;
        gap: var(--sw-space-3);
        min-height: 2.5rem;
        padding: var(--sw-space-2) var(--sw-space-3);
        border-radius: var(--sw-radius-sm);
        color: var(--sw-text-muted);
        font-size: var(--sw-text-sm);
        font-weight: 550;
        text-decoration: none;
      }

      a:hover {
        background: var(--sw-surface-sunken);
        color: var(--sw-text);
      }

      a[aria-current='page'] {
        background: var(--sw-accent-soft);
        color: var(--sw-accent);
        font-weight: 650;
      }

      svg {
        width: 1.25rem;
        height: 1.25rem;
        flex: none;
      }
    `,
  ];

  /** The current URL path; decides which link is marked current. */
  @property() currentPath = '/';

  /** Moves focus to the first link, for when the menu opens. */
  focusFirst(): void {
    this.renderRoot.querySelector('a')?.focus();
  }

  override render() {
    return html`<nav aria-label="Main">
      <ul>
        ${NAV_ITEMS.map(
          (item) => html`<li class=${item.href === '/train' ? 'train' : ''}>
            <a
              href=${item.href}
              aria-current=${isCurrentLink(item.href, this.currentPath) ? 'page' : nothing}
              >${item.icon()}<span>${item.label}</span></a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-sidebar-nav': SwSidebarNav;
  }
}

import { css } from 'lit';

/** Layout of the shell: a sidebar beside the page, or a top bar with a Menu button at ≤ 768 px. */
export const shellStyles = css`
  :host {
    display: block;
    --topbar-height: 3.5rem;
  }

  /* The banner groups the skip link, Menu button and brand for assistive tech, not for layout. */
  .banner {
    display: contents;
  }

  .skip-link {
    position: absolute;
    top: var(--sw-space-2);
    left: var(--sw-space-2);
    z-index: 100;
    padding: var(--sw-space-2) var(--sw-space-4);
    border-radius: var(--sw-radius-sm);
    background: var(--sw-accent-fill);
    color: var(--sw-on-accent);
    font-weight: 600;
    transform: translateY(-200%);
  }

  .skip-link:focus {
    transform: none;
  }

  .layout {
    display: grid;
    grid-template-columns: var(--sw-sidebar-width) minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    grid-template-areas:
      'brand main'
      'sidebar main';
    min-height: 100vh;
  }

  .brand,
  .sidebar {
    background: var(--sw-sidebar-bg);
    border-right: 1px solid var(--sw-border);
  }

  .brand {
    grid-area: brand;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sw-space-2);
    padding: var(--sw-space-5) var(--sw-space-4) var(--sw-space-4) var(--sw-space-5);
  }

  .logo {
    width: 1.75rem;
    height: 1.75rem;
    flex: none;
  }

  .logo rect {
    fill: var(--sw-accent-fill);
  }

  .logo path {
    fill: none;
    stroke: var(--sw-on-accent);
    stroke-width: 2.6;
    stroke-linecap: round;
  }

  .app-name {
    font-size: var(--sw-text-md);
    font-weight: 700;
    letter-spacing: -0.01em;
  }

  .sidebar {
    grid-area: sidebar;
    display: flex;
    flex-direction: column;
    gap: var(--sw-space-4);
    padding: var(--sw-space-2) var(--sw-space-3) var(--sw-space-5);
  }

  .version {
    margin-top: auto;
    padding: 0 var(--sw-space-3);
    color: var(--sw-text-muted);
    font-size: var(--sw-text-xs);
  }

  .menu-button,
  .backdrop {
    display: none;
  }

  /* No max-width: tables use the width the screen has; text keeps its own measure (.lead). */
  main {
    grid-area: main;
    width: 100%;
    min-width: 0;
    padding: var(--sw-space-6) var(--sw-space-7) var(--sw-space-7);
  }

  main:focus {
    outline: none;
  }

  @media (max-width: 768px) {
    .layout {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-rows: var(--topbar-height) 1fr;
      grid-template-areas:
        'menu brand'
        'main main';
    }

    .menu-button,
    .brand {
      position: sticky;
      top: 0;
      z-index: 30;
      border-right: 0;
      border-bottom: 1px solid var(--sw-border);
      background: var(--sw-sidebar-bg);
    }

    .menu-button {
      grid-area: menu;
      display: inline-flex;
      align-items: center;
      gap: var(--sw-space-2);
      padding: 0 var(--sw-space-3);
      border-top: 0;
      border-left: 0;
      color: var(--sw-text);
      font: inherit;
      font-size: var(--sw-text-sm);
      font-weight: 600;
      cursor: pointer;
    }

    .menu-button svg {
      width: 1.25rem;
      height: 1.25rem;
    }

    .menu-button:focus-visible {
      outline-offset: -3px;
    }

    .brand {
      flex-wrap: nowrap;
      min-width: 0;
      padding: 0 var(--sw-space-3) 0 0;
    }

    .app-name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .logo {
      width: 1.5rem;
      height: 1.5rem;
    }

    .sidebar {
      display: none;
    }

    .menu-open .sidebar {
      display: flex;
      position: fixed;
      top: var(--topbar-height);
      bottom: 0;
      left: 0;
      z-index: 40;
      width: min(18rem, 85vw);
      padding-top: var(--sw-space-4);
      overflow-y: auto;
      border-right: 1px solid var(--sw-border);
      box-shadow: var(--sw-shadow-overlay);
    }

    .menu-open .backdrop {
      display: block;
      position: fixed;
      inset: var(--topbar-height) 0 0 0;
      z-index: 35;
      background: var(--sw-backdrop);
    }

    main {
      padding: var(--sw-space-5) var(--sw-space-4) var(--sw-space-6);
    }
  }

  @media (max-width: 400px) {
    .logo {
      display: none;
    }
  }
`;

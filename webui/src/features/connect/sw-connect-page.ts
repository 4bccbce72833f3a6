import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { getConfig } from '../../api/config.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';

/**
 * How to connect a real Training API: where the sandbox notice and the Sandbox pill lead. It says
 * what the app runs on now (from `/api/config`) and the two settings that change it; the whole
 * story is docs/operations.md, "Running against an external Training API".
 */
@customElement('sw-connect-page')
export class SwConnectPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      section {
        max-width: 70ch;
      }

      section + section {
        margin-top: var(--sw-space-6);
      }

      h2 {
        margin-bottom: var(--sw-space-3);
      }

      ol {
        display: grid;
        gap: var(--sw-space-3);
        margin: 0;
        padding-inline-start: var(--sw-space-5);
      }

      pre {
        overflow-x: auto;
        margin: var(--sw-space-2) 0 0;
        padding: var(--sw-space-3);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-surface-sunken);
        font-size: var(--sw-text-sm);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      .now {
        margin-bottom: var(--sw-space-5);
        font-weight: 600;
      }
    `,
  ];

  @state() private _sandbox: boolean | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void getConfig().then((config) => (this._sandbox = config.sandbox));
  }

  private _now() {
    if (this._sandbox === null) return '';
    return this._sandbox
      ? 'Now: the embedded sandbox. Runs, metrics, loss curves and fine-tuned models are simulated; no model is trained.'
      : 'Now: an external Training API. Runs, metrics and models come from it; nothing is simulated.';
  }

  override render() {
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Connect a Training API</h1>
          <p class="lead">
            SLM Workbench trains nothing itself: a Training API does, behind the HTTP contract in
            <code>src/main/resources/openapi/training-api.yaml</code>. Without one, the app serves its own
            sandbox, which simulates runs.
          </p>
        </div>
      </header>
      <p class="now" role="status">${this._now()}</p>
      <section aria-labelledby="how">
        <h2 id="how">Connect a real one</h2>
        <ol>
          <li>Run a service that implements the Training API contract.</li>
          <li>
            Start SLM Workbench with <code>TRAINING_API_URL</code> set to its base URL (the contract's
            paths are appended to it), and <code>TRAINING_API_TOKEN</code> when it wants a bearer token:
            <pre>TRAINING_API_URL=https://training.internal/v1 TRAINING_API_TOKEN=… java -jar target/quarkus-app/quarkus-run.jar</pre>
          </li>
          <li>The sandbox then answers nothing; the Sandbox badge, its notice and the "Simulated" chips go away.</li>
        </ol>
      </section>
      <section aria-labelledby="more">
        <h2 id="more">More</h2>
        <p>
          Timeouts, retries and the other settings are in <code>docs/configuration.md</code>; running the app
          against an external Training API, in Kubernetes or as an image is in <code>docs/operations.md</code>
          ("Running against an external Training API").
        </p>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-connect-page': SwConnectPage;
  }
}

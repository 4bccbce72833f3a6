import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { Task, initialState } from '@lit/task';
import { ApiError } from '../../api/api-error.js';
import { getDataset } from '../../api/datasets.js';
import { createExperiment, getExperiment } from '../../api/experiments.js';
import { describeSchema } from '../../ui/dataset-layouts.js';
import { clearDraft, loadDraft, newKey, saveDraft } from './experiment-draft.js';
import {
  cloneDraft, firstErrorStep, isStepValid, pairWarning, reachableStep, serverErrors, stepErrors, STEPS, stepOf, toNewExperiment,
  validateDraft, type ExperimentDraft, type WizardErrors, type WizardField,
} from './experiment-wizard.js';
import { setFlash } from '../../ui/flash.js';
import { renderTask } from '../../ui/render-task.js';
import type { ChooseDetail } from './sw-choice-list.js';
import { describeError } from '../../ui/sw-error.js';
import { CHOICE_STEPS } from './wizard-choices.js';
import { TEXT_FIELDS, textField } from './wizard-fields.js';
import { experimentHref, navigate, onLocationChange, readQuery, writeQuery } from '../../app/router.js';
import { formStyles } from '../../styles/form.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import './sw-choice-list.js';
import './sw-wizard-review.js';
import './sw-wizard-steps.js';


/**
 * Train Model: a six-step wizard (`?step=N`) whose draft survives a reload, launched exactly once
 * per draft (one Idempotency-Key). `?clone={id}` starts a new draft from an experiment.
 */
@customElement('sw-train-page')
export class SwTrainPage extends LitElement {
  static override styles = [sharedStyles, pageStyles, formStyles, css`
    form { display: grid; gap: var(--sw-space-4); max-width: 48rem; }
    .actions { display: flex; gap: var(--sw-space-3); align-items: center; }
    .failure { padding: var(--sw-space-3); border: 1px solid var(--sw-danger-border); border-radius: var(--sw-radius-sm); background: var(--sw-danger-bg); }
    .pair-warning { padding: var(--sw-space-3); border: 1px solid var(--sw-warning-border, var(--sw-border-strong)); border-radius: var(--sw-radius-sm); background: var(--sw-warning-bg, var(--sw-surface)); }
    .pair-warning p { margin: 0 0 var(--sw-space-2); }
  `];

  @state() private _draft: ExperimentDraft = loadDraft();
  @state() private _url = readQuery({ step: 1, clone: '', dataset: '' });
  @state() private _touched = new Set<WizardField>();
  @state() private _server: { fields: WizardErrors; other: string[] } = { fields: {}, other: [] };
  @state() private _failure: { title: string; detail: string } | null = null;
  @state() private _launching = false;
  private _stop?: () => void;

  private _clone = new Task(this, {
    task: ([id], { signal }) => (id ? getExperiment(id, signal) : initialState),
    args: () => [this._url.clone] as const,
    onComplete: (experiment) => {
      this._update(cloneDraft(experiment, newKey()));
      navigate('/train', { replace: true });
    },
  });

  /** `/train?dataset=<id>` (a dataset's "Train with this dataset"): the draft gets it as its training or evaluation data. */
  private _dataset = new Task(this, {
    task: ([id], { signal }) => (id ? getDataset(id, signal) : initialState),
    args: () => [this._url.dataset] as const,
    onComplete: (dataset) => {
      const picked = { id: dataset.id, name: dataset.name || dataset.id, kind: dataset.schema?.kind ?? null,
        layout: dataset.schema?.kind ? describeSchema(dataset.schema) : 'Not checked' };
      const slot = dataset.type === 'evaluation' ? 'evaluationDataset' : 'trainingDataset';
      this._update({ ...this._draft, [slot]: picked, pairAcknowledged: false });
      navigate('/train', { replace: true });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this._stop = onLocationChange(() => (this._url = readQuery({ step: 1, clone: '', dataset: '' })));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stop?.();
  }

  protected override updated(): void {
    // A URL past the first invalid step (a pasted link, a stale tab) is corrected in place.
    const step = this._step;
    if (!this._url.clone && !this._url.dataset && step !== this._url.step) writeQuery({ step: step === 1 ? null : step });
  }

  private get _step(): number {
    return reachableStep(this._url.step, this._draft);
  }

  private _update(draft: ExperimentDraft) {
    this._draft = draft;
    saveDraft(draft);
  }

  private _change(field: WizardField, patch: Partial<ExperimentDraft>) {
    this._update({ ...this._draft, ...patch });
    this._touched = new Set([...this._touched, field]);
    const fields = { ...this._server.fields };
    delete fields[field];
    this._server = { ...this._server, fields };
  }

  private _errorOf(field: WizardField): string {
    return this._server.fields[field] ?? (this._touched.has(field) ? (stepErrors(stepOf(field), this._draft)[field] ?? '') : '');
  }

  private async _go(step: number, focus?: WizardField) {
    writeQuery({ step: step === 1 ? null : step }, { push: true });
    await this.updateComplete;
    const target = focus && this.renderRoot.querySelector<HTMLElement>(`#${focus}`);
    (target || this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  /** A disabled Next blocks Enter's implicit submit; show what is missing instead. */
  private _onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' || !(event.composedPath()[0] instanceof HTMLInputElement)) return;
    if (this._step === STEPS.length || isStepValid(this._step, this._draft)) return;
    event.preventDefault();
    this._revealErrors(this._step);
  }

  private _onSubmit(event: Event) {
    event.preventDefault();
    const step = this._step;
    if (step === STEPS.length) return void this._launch();
    if (isStepValid(step, this._draft)) return void this._go(step + 1);
    this._revealErrors(step);
  }

  private _revealErrors(step: number) {
    this._touched = new Set([...this._touched, ...STEPS[step - 1].fields]);
    const first = STEPS[step - 1].fields.find((f) => this._errorOf(f));
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private async _launch() {
    if (this._launching) return;
    const invalid = firstErrorStep(validateDraft(this._draft));
    if (invalid) return this._go(invalid);
    this._launching = true;
    this._failure = null;
    try {
      const created = await createExperiment(toNewExperiment(this._draft), this._draft.key);
      clearDraft();
      setFlash(experimentHref(created.id), `Training launched: “${created.name || created.id}” has been created.`);
      navigate(experimentHref(created.id));
    } catch (error) {
      this._failed(error);
    } finally {
      this._launching = false;
    }
  }

  private _failed(error: unknown) {
    const mapped = error instanceof ApiError ? serverErrors(error) : { fields: {}, other: [] };
    this._server = mapped;
    const step = firstErrorStep(mapped.fields);
    if (!step || mapped.other.length) this._failure = describeError(error);
    if (step) void this._go(step, STEPS[step - 1].fields.find((f) => mapped.fields[f]));
  }

  private _content(step: number) {
    if (step === STEPS.length) return html`<sw-wizard-review .draft=${this._draft} @sw-edit=${(e: CustomEvent<{ step: number }>) => void this._go(e.detail.step)}></sw-wizard-review>
      ${pairWarning(this._draft) ? html`<p class="pair-warning">${pairWarning(this._draft)} You chose to use them anyway.</p>` : nothing}`;
    const texts = TEXT_FIELDS[step];
    if (texts) return texts.map((f) => textField({ ...f, id: f.field, value: this._draft[f.field], error: this._errorOf(f.field),
      onInput: (value) => this._change(f.field, { [f.field]: value }) }));
    const c = CHOICE_STEPS[step];
    return keyed(step, html`<sw-choice-list label=${c.label} .load=${c.load} .selected=${this._draft[c.draft]} error=${this._errorOf(c.field)}
      emptyLink=${c.link} emptyHref=${c.href}
      @sw-choose=${(e: CustomEvent<ChooseDetail>) => this._change(c.field, { [c.draft]: e.detail, pairAcknowledged: false })}></sw-choice-list>
      ${step === 4 ? this._pairCheck() : nothing}`);
  }

  /** On the evaluation step and the review: two datasets of different layouts need the user's word. */
  private _pairCheck() {
    const warning = pairWarning(this._draft);
    if (!warning) return nothing;
    return html`<div class="pair-warning" role="status">
      <p>${warning}</p>
      <label><input type="checkbox" id="pairAcknowledged" .checked=${!!this._draft.pairAcknowledged}
        @change=${(e: Event) => this._change('evaluationDatasetId', { pairAcknowledged: (e.target as HTMLInputElement).checked })} />
        Use these two datasets anyway</label>
    </div>`;
  }

  private _actions(step: number) {
    const last = step === STEPS.length;
    return html`<div class="actions">
      ${step > 1 ? html`<button class="button" type="button" @click=${() => void this._go(step - 1)}>Back</button>` : nothing}
      ${last
        ? html`<button class="button primary" type="submit" ?disabled=${this._launching} aria-describedby="launch-status">Launch training</button>
            <span id="launch-status" role="status">${this._launching ? 'Launching…' : ''}</span>`
        : html`<button class="button primary" type="submit" ?disabled=${!isStepValid(step, this._draft)}>Next</button>`}
    </div>`;
  }

  override render() {
    const step = this._step;
    const f = this._failure;
    return html`<header class="page-header"><div><h1 tabindex="-1">Train Model</h1>
        <p class="lead">Pick a base model and datasets, set the training configuration and launch a run.</p></div></header>
      ${this._url.clone
        ? html`<div @sw-retry=${() => void this._clone.run()}>${renderTask(this._clone, { loading: 'Loading the experiment to clone…', complete: () => nothing })}</div>`
        : this._url.dataset
        ? html`<div @sw-retry=${() => void this._dataset.run()}>${renderTask(this._dataset, { loading: 'Loading the dataset…', complete: () => nothing })}</div>`
        : html`<sw-wizard-steps .steps=${STEPS.map((s) => s.title)} current=${step}></sw-wizard-steps>
          <form novalidate aria-labelledby="step-title" @submit=${this._onSubmit} @keydown=${this._onKeydown}>
            <h2 id="step-title" tabindex="-1">${STEPS[step - 1].title}</h2>
            ${this._content(step)}
            ${f ? html`<div class="failure" role="alert"><p><strong>${f.title}</strong></p><p>${f.detail}</p>
              ${this._server.other.map((m) => html`<p>${m}</p>`)}</div>` : nothing}
            ${this._actions(step)}
          </form>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-train-page': SwTrainPage;
  }
}

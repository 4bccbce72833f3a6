import { html, nothing } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import './sw-empty.js';
import './sw-error.js';
import './sw-loading.js';

/** How a task's answer is shown. */
export interface TaskView<T> {
  /** Renders the answer. */
  complete(value: T): unknown;
  /** True when the answer has nothing to show; then {@link empty} is shown in `sw-empty`. */
  isEmpty?(value: T): boolean;
  /** The empty state's sentence (may hold a link). */
  empty?(): unknown;
  /** The spinner's label before the first answer, e.g. "Loading datasets…". */
  loading?: string;
  /**
   * What the answer is about (an item's id). An answer about something else is never shown while
   * the new one loads; leave it out for a list, whose last page stays up while a new one loads.
   */
  key?: unknown;
  /** A polled page says a failed refresh quietly itself (`sw-refresh-status`): no error box above the answer. */
  quietRefresh?: boolean;
}

/** The last answer of each task, kept beyond the task's own value, which an error clears. */
const lastAnswers = new WeakMap<object, { key: unknown; value: unknown }>();

/**
 * Renders a task in its four states through `sw-loading`, `sw-empty` and `sw-error` (whose Retry
 * fires `sw-retry` for the page to re-run the task). A spinner shows only before the first answer:
 * while a refresh is pending the last answer stays on screen, marked busy, and a failed refresh
 * shows the error above the last answer rather than taking it away. A task with nothing to do
 * (it returned `initialState`) shows nothing rather than a spinner that would never stop.
 */
export function renderTask<T>(task: Task<readonly unknown[], T>, view: TaskView<T>): unknown {
  if (task.status === TaskStatus.COMPLETE) {
    lastAnswers.set(task, { key: view.key, value: task.value });
  }
  const last = lastAnswers.get(task);
  const failed = task.status === TaskStatus.ERROR;
  if (!last || last.key !== view.key) {
    // INITIAL after a run means the task had nothing to do (`initialState`): no answer will come.
    if (task.status === TaskStatus.INITIAL) return nothing;
    return failed
      ? html`<sw-error .error=${task.error}></sw-error>`
      : html`<sw-loading label=${view.loading ?? 'Loading…'}></sw-loading>`;
  }
  const value = last.value as T;
  const empty = view.isEmpty?.(value) ?? false;
  return html`<div class="task" aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}>
    ${failed && !view.quietRefresh ? html`<sw-error compact .error=${task.error}></sw-error>` : nothing}
    ${empty ? html`<sw-empty>${view.empty?.() ?? 'Nothing to show.'}</sw-empty>` : view.complete(value)}
  </div>`;
}

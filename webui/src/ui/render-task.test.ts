import { afterEach, describe, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { Task, initialState } from '@lit/task';
import { ApiError } from '../api/api-error.js';
import { renderTask } from './render-task.js';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Renders one task through the helper; each run waits for the next answer the test gives. */
class TaskHost extends LitElement {
  static override properties = { key: {} };
  key = 'a';
  answers: ReturnType<typeof deferred<string[]>>[] = [];
  signals: AbortSignal[] = [];
  task = new Task(this, {
    task: ([key]: readonly string[], { signal }: { signal: AbortSignal }) => {
      if (key === '') return initialState;
      this.signals.push(signal);
      const answer = deferred<string[]>();
      this.answers.push(answer);
      return answer.promise;
    },
    args: () => [this.key],
  });

  override render() {
    return renderTask(this.task, {
      complete: (items) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`,
      isEmpty: (items) => items.length === 0,
      empty: () => 'No datasets yet.',
      loading: 'Loading datasets…',
    });
  }
}
customElements.define('test-task-host', TaskHost);

class KeyedHost extends TaskHost {
  override render() {
    return renderTask(this.task, { complete: (items) => items.join(','), key: this.key });
  }
}
customElements.define('test-keyed-host', KeyedHost);

afterEach(() => document.body.replaceChildren());

async function mount(tag = 'test-task-host') {
  const host = document.createElement(tag) as TaskHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

/** Settles the latest answer and waits for the host to render it. */
async function answer(host: TaskHost, value: string[] | Error) {
  const last = host.answers[host.answers.length - 1];
  if (value instanceof Error) last.reject(value);
  else last.resolve(value);
  await host.task.taskComplete.catch(() => undefined);
  await host.updateComplete;
}

const root = (host: TaskHost) => host.shadowRoot!;

describe('renderTask', () => {
  it('shows the spinner only before the first answer, then the data', async () => {
    const host = await mount();
    expect(root(host).querySelector('sw-loading')?.label).toBe('Loading datasets…');
    await answer(host, ['chats']);
    expect(root(host).querySelector('sw-loading')).toBeNull();
    expect(root(host).querySelector('li')?.textContent).toBe('chats');
  });

  it('keeps the last data on screen, marked busy, while a refresh is pending', async () => {
    const host = await mount();
    await answer(host, ['chats']);
    const list = root(host).querySelector('ul');
    host.key = 'b';
    await host.updateComplete;
    expect(root(host).querySelector('sw-loading')).toBeNull();
    expect(root(host).querySelector('ul')).toBe(list);
    expect(root(host).querySelector('.task')?.getAttribute('aria-busy')).toBe('true');
    await answer(host, ['emails']);
    expect(root(host).querySelector('li')?.textContent).toBe('emails');
    expect(root(host).querySelector('.task')?.getAttribute('aria-busy')).toBe('false');
  });

  it('shows the empty state through sw-empty', async () => {
    const host = await mount();
    await answer(host, []);
    expect(root(host).querySelector('sw-empty')?.textContent).toBe('No datasets yet.');
  });

  it('shows an error with Retry when the first answer fails', async () => {
    const host = await mount();
    await answer(host, new ApiError(503, 'Training API unavailable', 'Try again.'));
    expect(root(host).querySelector('sw-error')?.error).toMatchObject({ status: 503 });
    expect(root(host).querySelector('ul')).toBeNull();
  });

  it('shows a failed refresh above the last data, and clears it when a retry succeeds', async () => {
    const host = await mount();
    await answer(host, ['chats']);
    void host.task.run();
    await answer(host, new ApiError(503, 'Training API unavailable', 'Try again.'));
    expect(root(host).querySelector('sw-error')?.compact).toBe(true);
    expect(root(host).querySelector('li')?.textContent).toBe('chats');
    void host.task.run();
    await host.updateComplete;
    expect(root(host).querySelector('li')?.textContent).toBe('chats');
    await answer(host, ['chats', 'emails']);
    expect(root(host).querySelector('sw-error')).toBeNull();
    expect(root(host).querySelectorAll('li')).toHaveLength(2);
  });

  it('never shows an answer about another key while the new one loads', async () => {
    const host = await mount('test-keyed-host');
    await answer(host, ['a1']);
    expect(root(host).textContent).toContain('a1');
    host.key = 'b';
    await host.updateComplete;
    expect(root(host).querySelector('sw-loading')).not.toBeNull();
    expect(root(host).textContent).not.toContain('a1');
  });

  it('drops a replaced run: its late answer never shows, and the spinner ends with the new answer', async () => {
    const host = await mount();
    const first = host.answers[0];
    host.key = 'b';
    await host.updateComplete;
    expect(host.signals[0].aborted).toBe(true);
    first.resolve(['stale']);
    await host.updateComplete;
    expect(root(host).querySelector('sw-loading')).not.toBeNull();
    await answer(host, ['fresh']);
    expect(root(host).querySelector('sw-loading')).toBeNull();
    expect(root(host).textContent).toContain('fresh');
    expect(root(host).textContent).not.toContain('stale');
  });

  it('shows no spinner for a task with nothing to do', async () => {
    const host = await mount('test-keyed-host');
    host.key = '';
    await host.updateComplete;
    await host.task.taskComplete.catch(() => undefined);
    await host.updateComplete;
    expect(root(host).querySelector('sw-loading')).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import type { Dataset, DatasetUpload } from '../../api/types.js';
import type { UploadOptions } from '../../api/upload.js';
import { deepActiveElement } from '../../ui/focus.js';
import type { SwUploadForm } from './sw-upload-form.js';

const upload = vi.hoisted(() => ({ calls: [] as { input: DatasetUpload; options: UploadOptions }[] }));
const settle = vi.hoisted(() => ({ resolve: (_d: unknown) => {}, reject: (_e: unknown) => {} }));

vi.mock('../../api/upload.js', async () => {
  const { ApiError: Error } = await import('../../api/api-error.js');
  return {
    uploadDataset: (input: DatasetUpload, options: UploadOptions) =>
      new Promise((resolve, reject) => {
        upload.calls.push({ input, options });
        settle.resolve = resolve;
        settle.reject = reject;
        options.signal?.addEventListener('abort', () =>
          reject(Error.cancelled('Upload cancelled', 'The upload was cancelled. No dataset was created.')),
        );
      }),
  };
});

await import('./sw-upload-form.js');

const chats = { id: 'ds-9', name: 'Support chats', rowCount: 1204 } as Dataset;
let form: SwUploadForm;

const $ = <T extends Element = HTMLElement>(selector: string) => form.shadowRoot!.querySelector<T>(selector);
const uploadButton = () => $<HTMLButtonElement>('button[type="submit"]');
const progress = () => form.shadowRoot!.querySelector('sw-upload-progress');
const fileDrop = () => form.shadowRoot!.querySelector('sw-file-drop');
const labelled = (text: string) => {
  const label = Array.from(form.shadowRoot!.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
  return label ? $<HTMLInputElement>(`#${label.htmlFor}`) : null;
};
const errorOf = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => form.shadowRoot!.getElementById(id))
    .find((el) => el?.classList.contains('error'))?.textContent;

async function type(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await form.updateComplete;
}

async function choose(file: File | null) {
  $('sw-file-drop')!.dispatchEvent(new CustomEvent('sw-file-change', { detail: { file }, bubbles: true, composed: true }));
  await form.updateComplete;
}

async function fillValid() {
  await type(labelled('Dataset name')!, '  Support chats  ');
  await type($('textarea')!, ' From the help desk ');
  await choose(new File(['prompt,response\nhi,hello\n'], 'chats.csv'));
}

async function submit() {
  uploadButton()!.closest('form')!.requestSubmit();
  await vi.waitFor(() => expect(progress()).not.toBeNull());
  await progress()!.updateComplete;
}

beforeEach(async () => {
  upload.calls = [];
  form = document.createElement('sw-upload-form');
  document.body.append(form);
  await form.updateComplete;
});

afterEach(() => document.body.replaceChildren());

describe('sw-upload-form', () => {
  it('reads the chosen file\'s columns, proposes what the run trains on and sends the mapping', async () => {
    await type(labelled('Dataset name')!, 'QA');
    await choose(new File(['question,answer\nhi,hello\n'], 'qa.csv'));
    const picker = () => $('sw-mapping-picker') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
    await vi.waitFor(() => expect(picker()).not.toBeNull());
    await picker()!.updateComplete;
    const inPicker = (selector: string) => picker()!.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
    expect(picker()!.shadowRoot!.querySelector('#mapping-summary')?.textContent?.trim())
      .toBe('Prompt and completion — Prompt: question · Target: answer');
    // The user swaps the roles
    inPicker('#role-prompt').value = 'answer';
    inPicker('#role-prompt').dispatchEvent(new Event('change'));
    await form.updateComplete;
    await picker()!.updateComplete;
    inPicker('#role-completion').value = 'question';
    inPicker('#role-completion').dispatchEvent(new Event('change'));
    await form.updateComplete;
    await submit();
    expect(JSON.parse(upload.calls[0].input.mapping!)).toEqual({
      kind: 'prompt_completion', fields: { prompt: 'answer', completion: 'question' } });
  });

  it('keeps Upload disabled until columns with no usual name are mapped', async () => {
    await type(labelled('Dataset name')!, 'AB');
    await choose(new File(['a,b\n1,2\n'], 'ab.csv'));
    const picker = () => $('sw-mapping-picker') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
    await vi.waitFor(() => expect(picker()).not.toBeNull());
    await picker()!.updateComplete;
    expect(uploadButton()?.disabled).toBe(true);
    const select = (id: string) => picker()!.shadowRoot!.querySelector<HTMLSelectElement>(id)!;
    select('#role-prompt').value = 'a';
    select('#role-prompt').dispatchEvent(new Event('change'));
    await form.updateComplete;
    await picker()!.updateComplete;
    expect(uploadButton()?.disabled).toBe(true);
    select('#role-completion').value = 'b';
    select('#role-completion').dispatchEvent(new Event('change'));
    await form.updateComplete;
    expect(uploadButton()?.disabled).toBe(false);
  });

  it('lists bad records by line above Upload', async () => {
    await fillValid();
    await submit();
    settle.reject(new ApiError(400, 'Invalid request', 'The dataset was not uploaded: 2 records have problems.', [
      { field: 'file', message: 'Line 2: not valid JSON (at character 20).' },
      { field: 'file', message: 'Line 3: the record is a list, not a JSON object.' },
    ]));
    await vi.waitFor(() => expect($('[role="alert"]')).not.toBeNull());
    expect(Array.from(form.shadowRoot!.querySelectorAll('[role="alert"] li'), (li) => li.textContent)).toEqual([
      'Line 2: not valid JSON (at character 20).', 'Line 3: the record is a list, not a JSON object.']);
  });

  it('labels every control and keeps Upload disabled until the form is valid', async () => {
    expect(labelled('Dataset name')?.tagName).toBe('INPUT');
    expect(labelled('Description')?.tagName).toBe('TEXTAREA');
    expect(labelled('Dataset type')?.tagName).toBe('SELECT');
    expect(Array.from(labelled('Dataset type')!.querySelectorAll('option'), (o) => o.textContent)).toEqual([
      'Training',
      'Evaluation',
    ]);
    expect($('sw-file-drop')?.getAttribute('label')).toBe('File');
    expect($('sw-file-drop')?.getAttribute('accept')).toBe('.csv,.json,.jsonl');
    expect(uploadButton()?.textContent?.trim()).toBe('Upload');
    expect(uploadButton()?.disabled).toBe(true);
    await fillValid();
    expect(uploadButton()?.disabled).toBe(false);
    await type(labelled('Dataset name')!, 'x'.repeat(201));
    expect(uploadButton()?.disabled).toBe(true);
  });

  it('shows an error next to its field once the user has changed it, linked for screen readers', async () => {
    const name = labelled('Dataset name')!;
    name.dispatchEvent(new Event('blur'));
    await form.updateComplete;
    expect(name.getAttribute('aria-invalid')).toBe('false');
    expect(errorOf(name)).toBeUndefined();
    await type(name, 'ok');
    await type(name, '  ');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(name)).toBe('Enter a dataset name.');
    await type(name, 'ok');
    expect(name.getAttribute('aria-invalid')).toBe('false');
  });

  it('on Enter with an invalid form, shows every error and focuses the first invalid field', async () => {
    await type(labelled('Dataset name')!, 'Support chats');
    labelled('Dataset name')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('file'));
    expect(fileDrop()?.error).toBe('Choose a file to upload.');
    expect(upload.calls).toHaveLength(0);
  });

  it('uploads trimmed values with progress and Cancel upload, then names the dataset and its rows', async () => {
    await fillValid();
    const uploaded = vi.fn();
    form.addEventListener('sw-uploaded', (e) => uploaded(e.detail.dataset));
    await submit();
    // The progress panel loads when the upload starts.
    await vi.waitFor(() => expect(upload.calls).toHaveLength(1));
    await customElements.whenDefined('sw-upload-progress');
    await form.updateComplete;
    expect(upload.calls[0].input).toMatchObject({ name: 'Support chats', description: 'From the help desk', type: 'training' });
    expect(upload.calls[0].input.file.name).toBe('chats.csv');
    expect(uploadButton()).toBeNull();
    const cancel = progress()!.shadowRoot!.querySelector('button')!;
    expect(cancel.textContent?.trim()).toBe('Cancel upload');
    expect(deepActiveElement()).toBe(cancel);

    upload.calls[0].options.onProgress!({ loaded: 426, total: 1000 });
    await form.updateComplete;
    await progress()!.updateComplete;
    const progressBar = progress()!.shadowRoot!.querySelector('sw-progress-bar')!;
    await progressBar.updateComplete;
    const bar = progressBar.shadowRoot!.querySelector('progress')!;
    expect(bar.getAttribute('value')).toBe('42');
    expect(bar.getAttribute('aria-label')).toBe('Uploading “chats.csv”…');
    expect(progress()!.shadowRoot!.textContent).toContain('Uploading “chats.csv”…');
    expect(progressBar.shadowRoot!.textContent).toContain('42%');

    settle.resolve(chats);
    await vi.waitFor(() => expect($('[role="status"]')?.textContent).toBe('Uploaded “Support chats”: 1,204 rows.'));
    expect(uploaded).toHaveBeenCalledWith(chats);
    expect(progress()).toBeNull();
    expect(labelled('Dataset name')!.value).toBe('');
    expect(uploadButton()?.disabled).toBe(true);
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('name'));
  });

  it('cancels: the request is aborted, the form keeps its values and says so', async () => {
    await fillValid();
    await submit();
    const cancel = progress()!.shadowRoot!.querySelector('button')!;
    cancel.focus();
    cancel.click();
    expect(upload.calls[0].options.signal?.aborted).toBe(true);
    await vi.waitFor(() => expect(uploadButton()).not.toBeNull());
    await vi.waitFor(() => expect(deepActiveElement()).toBe(uploadButton()));
    expect($('[role="status"]')?.textContent).toBe('The upload was cancelled. No dataset was created.');
    expect(labelled('Dataset name')!.value).toBe('  Support chats  ');
    expect($('[role="alert"]')).toBeNull();
  });

  it('puts server field errors on their fields and focuses the first; editing clears it', async () => {
    await fillValid();
    await submit();
    settle.reject(
      new ApiError(400, 'The dataset is not valid', 'Fix the marked fields.', [
        { field: 'file', message: 'The first record is not valid CSV.' },
        { field: 'name', message: 'A dataset with this name exists.' },
      ]),
    );
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('name'));
    const name = labelled('Dataset name')!;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(name)).toBe('A dataset with this name exists.');
    expect(fileDrop()?.error).toBe('The first record is not valid CSV.');
    await type(name, 'Support chats 2');
    expect(name.getAttribute('aria-invalid')).toBe('false');
    expect(fileDrop()?.error).toBe('The first record is not valid CSV.');
  });

  it('puts a 413 next to File, and any other failure above the button', async () => {
    await fillValid();
    await submit();
    settle.reject(new ApiError(413, 'File too large', 'The file is larger than the 2 GiB limit.'));
    await vi.waitFor(() => expect(fileDrop()?.error).toBe('The file is larger than the 2 GiB limit.'));
    expect($('[role="alert"]')).toBeNull();

    await submit();
    settle.reject(new ApiError(0, 'The upload was interrupted', 'The connection to the server was lost.'));
    await vi.waitFor(() => expect($('[role="alert"]')?.textContent).toContain('The upload was interrupted'));
    expect($('[role="alert"]')?.textContent).toContain('The connection to the server was lost.');
    expect(uploadButton()?.disabled).toBe(false);
  });

  it('aborts a running upload when it leaves the page', async () => {
    await fillValid();
    await submit();
    form.remove();
    expect(upload.calls[0].options.signal?.aborted).toBe(true);
  });
});

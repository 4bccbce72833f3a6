import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isAbortError } from './api-error.js';
import { uploadDataset, type UploadProgress } from './upload.js';

/** Just enough of XMLHttpRequest for the upload client; the test drives its events. */
class FakeXhr extends EventTarget {
  static last: FakeXhr;
  readonly upload = new EventTarget();
  readonly headers: Record<string, string> = {};
  method = '';
  url = '';
  body: FormData | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  private _responseHeaders: Record<string, string> = {};

  constructor() {
    super();
    FakeXhr.last = this;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: FormData) {
    this.body = body;
  }

  abort() {
    this.aborted = true;
    this.dispatchEvent(new Event('abort'));
  }

  getResponseHeader(name: string): string | null {
    return this._responseHeaders[name.toLowerCase()] ?? null;
  }

  progress(loaded: number, total: number, lengthComputable = true) {
    this.upload.dispatchEvent(Object.assign(new Event('progress'), { loaded, total, lengthComputable }));
  }

  sent(total: number) {
    this.upload.dispatchEvent(Object.assign(new Event('load'), { loaded: total, total, lengthComputable: true }));
  }

  respond(status: number, body: unknown, type = 'application/json') {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this._responseHeaders = { 'content-type': type };
    this.dispatchEvent(new Event('load'));
  }

  fail() {
    this.dispatchEvent(new Event('error'));
  }
}

const chats = {
  id: 'ds-9',
  name: 'Support chats',
  type: 'training',
  format: 'jsonl',
  fileName: 'chats.jsonl',
  sizeBytes: 1_400_000,
  rowCount: 1204,
  createdAt: '2026-11-20T10:00:00Z',
};

const file = () => new File(['{"prompt":"hi"}\n'], 'chats.jsonl', { type: 'application/jsonl' });
const upload = () => ({ name: 'Support chats', description: 'From the help desk', type: 'training', file: file() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the upload to fail');
}

beforeEach(() => vi.stubGlobal('XMLHttpRequest', FakeXhr));
afterEach(() => vi.unstubAllGlobals());

describe('uploadDataset', () => {
  it('posts multipart text parts before the file, with X-Requested-With, and resolves to the created dataset', async () => {
    const pending = uploadDataset(upload());
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/datasets');
    expect(xhr.headers).toMatchObject({ 'X-Requested-With': 'slm-workbench', Accept: 'application/json' });
    expect(Array.from(xhr.body!.keys())).toEqual(['name', 'description', 'type', 'file']);
    expect(xhr.body!.get('type')).toBe('training');
    expect((xhr.body!.get('file') as File).name).toBe('chats.jsonl');
    xhr.respond(201, chats);
    await expect(pending).resolves.toEqual(chats);
  });

  it('reports progress as the body goes out, and once more when all of it is sent', async () => {
    const seen: UploadProgress[] = [];
    const pending = uploadDataset(upload(), { onProgress: (p) => seen.push(p) });
    const xhr = FakeXhr.last;
    xhr.progress(250, 1000);
    xhr.progress(600, 0, false);
    xhr.sent(1000);
    xhr.respond(201, chats);
    await pending;
    expect(seen).toEqual([
      { loaded: 250, total: 1000 },
      { loaded: 600, total: null },
      { loaded: 1000, total: 1000 },
    ]);
  });

  it('cancels when the signal aborts: the request is aborted and the error says so', async () => {
    const controller = new AbortController();
    const pending = failure(uploadDataset(upload(), { signal: controller.signal }));
    controller.abort();
    const error = await pending;
    expect(FakeXhr.last.aborted).toBe(true);
    expect(error).toBeInstanceOf(ApiError);
    expect(isAbortError(error)).toBe(true);
    expect(error).toMatchObject({ status: 0, title: 'Upload cancelled' });
    expect(error.detail).toBe('The upload was cancelled. No dataset was created.');
  });

  it('does not start when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const sends = vi.spyOn(FakeXhr.prototype, 'send');
    expect(isAbortError(await failure(uploadDataset(upload(), { signal: controller.signal })))).toBe(true);
    expect(sends).not.toHaveBeenCalled();
  });

  it('puts the field errors of a 400 problem on the error', async () => {
    const pending = failure(uploadDataset(upload()));
    FakeXhr.last.respond(
      400,
      {
        status: 400,
        title: 'The dataset is not valid',
        detail: 'Fix the marked fields and upload again.',
        errors: [
          { field: 'name', message: 'Enter a name.' },
          { field: 'file', message: 'The first record is not valid JSON.' },
        ],
      },
      'application/problem+json',
    );
    const error = await pending;
    expect(error).toBeInstanceOf(ApiError);
    expect(isAbortError(error)).toBe(false);
    expect(error).toMatchObject({
      status: 400,
      title: 'The dataset is not valid',
      fieldErrors: [
        { field: 'name', message: 'Enter a name.' },
        { field: 'file', message: 'The first record is not valid JSON.' },
      ],
    });
  });

  it('keeps the sentence of a 413, and has one when the body is not a problem', async () => {
    let pending = failure(uploadDataset(upload()));
    const detail = 'The file is larger than the 2 GiB limit. Split it and upload the parts.';
    FakeXhr.last.respond(413, { status: 413, title: 'File too large', detail }, 'application/problem+json');
    expect(await pending).toMatchObject({ status: 413, title: 'File too large', detail });

    pending = failure(uploadDataset(upload()));
    FakeXhr.last.respond(413, '<html><body>Request Entity Too Large</body></html>', 'text/html');
    const error = await pending;
    expect(error).toMatchObject({ status: 413, title: 'The upload is too large' });
    expect(error.detail).not.toMatch(/html/i);
  });

  it('reports a network failure as interrupted, distinct from a cancel', async () => {
    const pending = failure(uploadDataset(upload()));
    FakeXhr.last.fail();
    const error = await pending;
    expect(error).toBeInstanceOf(ApiError);
    expect(isAbortError(error)).toBe(false);
    expect(error).toMatchObject({ status: 0, title: 'The upload was interrupted' });
    expect(error.detail).toMatch(/connection to the server was lost/);
  });

  it('rejects a success whose body is not a dataset as unreadable', async () => {
    const pending = failure(uploadDataset(upload()));
    FakeXhr.last.respond(201, 'not json');
    expect(await pending).toMatchObject({ status: 201, title: 'Unexpected answer from the server' });
  });

  it('stops listening to the signal once the upload has settled', async () => {
    const controller = new AbortController();
    const pending = uploadDataset(upload(), { signal: controller.signal });
    const xhr = FakeXhr.last;
    xhr.respond(201, chats);
    await pending;
    controller.abort();
    expect(xhr.aborted).toBe(false);
  });
});

import { ApiError, type Problem } from './api-error.js';
import { REQUESTED_WITH } from './http.js';
import { toItem } from './list.js';
import type { Dataset, DatasetUpload } from './types.js';

/** How much of the request body has been sent; `total` is null when the browser cannot tell. */
export interface UploadProgress {
  loaded: number;
  total: number | null;
}

/** Options of {@link uploadDataset}. */
export interface UploadOptions {
  /** Aborting it cancels the upload; the promise then rejects with a cancelled ApiError. */
  signal?: AbortSignal;
  /** Called as the body goes out, and once more with `loaded === total` when all of it is sent. */
  onProgress?: (progress: UploadProgress) => void;
}

const CANCELLED_TITLE = 'Upload cancelled';
const CANCELLED_DETAIL = 'The upload was cancelled. No dataset was created.';
const INTERRUPTED_TITLE = 'The upload was interrupted';
const INTERRUPTED_DETAIL =
  'The connection to the server was lost before the upload finished. Check your connection and upload again.';

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  const type = xhr.getResponseHeader('Content-Type') ?? '';
  const body = /[/+]json\b/i.test(type) ? parse(xhr.responseText) : undefined;
  const problem = typeof body === 'object' && body !== null ? (body as Problem) : null;
  return ApiError.fromProblem(problem, xhr.status);
}

function resultOf(xhr: XMLHttpRequest): Dataset {
  if (xhr.status < 200 || xhr.status >= 300) throw errorOf(xhr);
  const dataset = toItem<Dataset>(parse(xhr.responseText));
  if (!dataset) throw ApiError.unreadable(xhr.status);
  return dataset;
}

/**
 * `POST /api/datasets` as multipart (`name`, `description`, `type`, `file`), with upload progress:
 * an XMLHttpRequest, because `fetch` reports no progress for a request body.
 * @returns the created dataset (answer `201`).
 * @throws ApiError: the problem's own words and field errors for a 4xx/5xx (a 413 says the file is
 *   too large), "interrupted" (status 0) when the connection fails, and a cancelled one
 *   ({@link isAbortError} true) when the signal aborts.
 */
export function uploadDataset(upload: DatasetUpload, options: UploadOptions = {}): Promise<Dataset> {
  const { signal, onProgress } = options;
  return new Promise<Dataset>((resolve, reject) => {
    if (signal?.aborted) {
      reject(ApiError.cancelled(CANCELLED_TITLE, CANCELLED_DETAIL));
      return;
    }
    // Text parts first: the server checks name and type before it streams the file upstream.
    const body = new FormData();
    body.append('name', upload.name);
    body.append('description', upload.description);
    body.append('type', upload.type);
    if (upload.mapping) body.append('mapping', upload.mapping);
    body.append('file', upload.file, upload.file.name);

    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const settle = (done: () => void) => {
      signal?.removeEventListener('abort', abort);
      done();
    };
    xhr.upload.addEventListener('progress', (event) =>
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null }),
    );
    xhr.upload.addEventListener('load', (event) =>
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : event.loaded }),
    );
    xhr.addEventListener('load', () =>
      settle(() => {
        try {
          resolve(resultOf(xhr));
        } catch (error) {
          reject(error);
        }
      }),
    );
    xhr.addEventListener('error', () => settle(() => reject(new ApiError(0, INTERRUPTED_TITLE, INTERRUPTED_DETAIL))));
    xhr.addEventListener('abort', () => settle(() => reject(ApiError.cancelled(CANCELLED_TITLE, CANCELLED_DETAIL))));
    signal?.addEventListener('abort', abort, { once: true });

    xhr.open('POST', '/api/datasets');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-Requested-With', REQUESTED_WITH);
    xhr.send(body);
  });
}

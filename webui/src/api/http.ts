import { ApiError, isAbortError, type Problem } from './api-error.js';

/** Sent on every call; the server refuses state-changing calls without it. */
export const REQUESTED_WITH = 'slm-workbench';

/** Options of {@link request}. `body` is sent as JSON unless it is FormData. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

function isJson(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  return /[/+]json\b/i.test(type);
}

async function problemOf(response: Response, signal?: AbortSignal): Promise<Problem | null> {
  if (!isJson(response)) return null;
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as Problem) : null;
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw error;
    return null;
  }
}

/**
 * Calls the BFF at a relative `/api/...` path and returns the parsed JSON answer.
 * @throws ApiError for every failure except an abort, which is rethrown as the AbortError it is.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'X-Requested-With': REQUESTED_WITH,
  };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw error;
    throw ApiError.network();
  }

  return readAnswer<T>(response, signal);
}

async function readAnswer<T>(response: Response, signal?: AbortSignal): Promise<T> {
  if (!response.ok) {
    throw ApiError.fromProblem(await problemOf(response, signal), response.status);
  }
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw error;
    throw ApiError.unreadable(response.status);
  }
}

/** The last answer and its ETag per URL, for {@link requestFresh}; oldest dropped past the limit. */
const answers = new Map<string, { etag: string; value: unknown }>();
const ANSWERS_MAX = 50;

/**
 * A GET that polls cheaply: sends the ETag of the last answer for this path as `If-None-Match`,
 * and on `304 Not Modified` returns that last answer again: the same object `read` made of it, so
 * nothing re-renders for nothing. Other answers behave as in {@link request}.
 */
export async function requestFresh<T>(path: string, read: (raw: unknown) => T, signal?: AbortSignal): Promise<T> {
  const cached = answers.get(path);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': REQUESTED_WITH,
  };
  if (cached) headers['If-None-Match'] = cached.etag;
  let response: Response;
  try {
    response = await fetch(path, { headers, signal, credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw error;
    throw ApiError.network();
  }
  if (response.status === 304 && cached) return cached.value as T;
  const value = read(await readAnswer<unknown>(response, signal));
  const etag = response.headers.get('ETag');
  answers.delete(path);
  if (etag) {
    answers.set(path, { etag, value });
    if (answers.size > ANSWERS_MAX) answers.delete(answers.keys().next().value as string);
  }
  return value;
}

/** Forgets every remembered answer (tests, and after a change the next poll must see in full). */
export function clearFreshAnswers(): void {
  answers.clear();
}

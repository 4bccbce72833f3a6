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

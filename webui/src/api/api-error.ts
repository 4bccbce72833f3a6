import type { FieldError } from './types.js';

export type { FieldError };

/** The readable parts of an RFC 9457 problem, as the BFF sends them. */
export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  errors?: unknown;
}

const NETWORK_TITLE = 'The server could not be reached';
const NETWORK_DETAIL = 'The server could not be reached. Check your connection and retry.';

/** Titles shown when the server sent no readable problem; keyed by HTTP status. */
const FALLBACK_TITLES: Record<number, string> = {
  400: 'The request was not accepted',
  401: 'Sign-in required',
  403: 'This action is not allowed',
  404: 'Not found',
  409: 'This conflicts with the current state',
  413: 'The upload is too large',
  429: 'Too many requests',
  500: 'The server had a problem',
  502: 'The Training API answered with an error',
  503: 'The service is unavailable',
  504: 'The Training API took too long to answer',
};

function fallbackTitle(status: number): string {
  return FALLBACK_TITLES[status] ?? (status >= 500 ? 'The server had a problem' : 'The request failed');
}

function fallbackDetail(status: number): string {
  return status >= 500
    ? `The server answered with status ${status}. Try again in a moment.`
    : `The server answered with status ${status}.`;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    const msg = text(message);
    return msg ? [{ field: text(field) ?? '', message: msg }] : [];
  });
}

/** The single error type the service layer throws: every failure a page can show. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** A short human title. */
    readonly title: string,
    /** A human sentence explaining what happened and what to do. */
    readonly detail: string,
    /** Invalid inputs, for forms. */
    readonly fieldErrors: FieldError[] = [],
    /** True when the request was cancelled on purpose (Cancel upload) rather than failed. */
    readonly aborted = false,
  ) {
    super(title);
  }

  /**
   * Builds an error from problem JSON (or anything shaped like it), filling gaps by status.
   * `status` is the HTTP status of the answer and wins over the body's own.
   */
  static fromProblem(problem: Problem | null | undefined, status?: number): ApiError {
    const code = status ?? (typeof problem?.status === 'number' ? problem.status : 0);
    return new ApiError(
      code,
      text(problem?.title) ?? fallbackTitle(code),
      text(problem?.detail) ?? fallbackDetail(code),
      fieldErrors(problem?.errors),
    );
  }

  /** The error for a request that never got an answer. */
  static network(): ApiError {
    return new ApiError(0, NETWORK_TITLE, NETWORK_DETAIL);
  }

  /** The error for a request the user cancelled, with words for it; {@link isAbortError} is true for it. */
  static cancelled(title: string, detail: string): ApiError {
    return new ApiError(0, title, detail, [], true);
  }

  /** The error for a successful status whose body could not be read. */
  static unreadable(status: number): ApiError {
    return new ApiError(
      status,
      'Unexpected answer from the server',
      'The server sent an answer that could not be read. Try again in a moment.',
    );
  }
}

/** True for the error fetch throws when its AbortSignal fires, and for a {@link ApiError.cancelled} one. */
export function isAbortError(error: unknown): boolean {
  if (error instanceof ApiError) return error.aborted;
  return (
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
  );
}

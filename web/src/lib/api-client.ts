import type { ErrorResponse } from '@server/http/common-schema.js';

/** A non-2xx answer. `body` is the parsed JSON error when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: unknown;

  constructor(status: number, code: string, message: string, body: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
  }

  /** Field errors of a 400 VALIDATION answer, keyed by dotted path (`snmp.community`). */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    if (isErrorResponse(this.body)) {
      for (const f of this.body.fields ?? []) out[f.field] ??= f.message;
    }
    return out;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isErrorResponse(value: unknown): value is ErrorResponse {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string';
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON unless it is a string, which is sent as-is with `contentType`. */
  body?: unknown;
  /** The only types the server takes from a signed-in browser (its CSRF rule): never a form's. */
  contentType?: 'application/json' | 'text/csv';
  signal?: AbortSignal;
}

/**
 * Same-origin fetch with the session cookie. The token never reaches JavaScript:
 * the server keeps it in an httpOnly cookie.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (typeof options.body === 'string') {
    body = options.body;
    headers['Content-Type'] = options.contentType ?? 'text/csv';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }

  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }

  if (!response.ok) {
    const code = isErrorResponse(parsed) ? parsed.code : `HTTP_${response.status}`;
    const message = isErrorResponse(parsed) ? parsed.message : response.statusText;
    throw new ApiError(response.status, code, message, parsed);
  }
  return parsed as T;
}

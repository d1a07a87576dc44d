/** Errors services throw for the HTTP layer to present; anything else is a 500. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: { field: string; message: string }[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string, field?: string) =>
  new HttpError(409, code, message, field ? [{ field, message }] : undefined);
export const invalid = (code: string, field: string, message: string) => new HttpError(400, code, message, [{ field, message }]);
export const forbidden = (code: string, message: string) => new HttpError(403, code, message);
export const unauthorized = (code = 'UNAUTHORIZED', message = 'Authentication required') => new HttpError(401, code, message);

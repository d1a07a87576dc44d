import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';
import { databaseFault } from '../../db/db-faults.js';
import { toFieldErrors, type SchemaError } from '../validation-errors.js';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** One error body for the whole API: {statusCode, error, code, message, fields?}. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | HttpError, request, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.statusCode).send({
        statusCode: err.statusCode,
        error: STATUS_TEXT[err.statusCode] ?? 'Error',
        code: err.code,
        message: err.message,
        ...(err.fields && { fields: err.fields }),
      });
    }
    if (err.validation) {
      const fields = toFieldErrors(err.validation as unknown as SchemaError[]);
      const where = err.validationContext === 'body' ? '' : `${err.validationContext} `;
      return reply.status(400).send({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION',
        message: `Invalid ${where}fields: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
        fields,
      });
    }
    // The database is gone, restarting, full or read-only: say so, rather than a bare 500.
    const fault = databaseFault(err);
    if (fault !== null) {
      request.log.warn({ cause: fault, method: request.method, url: request.url }, 'request refused: database unavailable');
      return reply.status(503).send({ statusCode: 503, error: 'Service Unavailable', code: 'DATABASE_UNAVAILABLE', message: `The database cannot be used right now: ${fault}` });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) request.log.error({ err }, 'request failed');
    return reply.status(status).send({
      statusCode: status,
      error: STATUS_TEXT[status] ?? 'Error',
      code: status === 500 ? 'INTERNAL' : (err.code ?? 'ERROR'),
      message: status === 500 ? 'Internal server error' : err.message,
    });
  });
}

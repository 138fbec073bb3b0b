// The one error handler of every route: named errors become `{error: {name, message}}` with their HTTP status.
import type { ErrorRequestHandler } from 'express';
import { MethodNotAllowedError, WhosaidError } from '../errors';
import type { Logger } from './logger';
import type { ErrorPayload } from '../contract';

/** Express's router and parsers mark client mistakes (a malformed URL escape) with a 4xx `status`. */
function isHttpClientError(error: unknown): error is { status: number; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    let status = 500;
    let payload: ErrorPayload = { error: { name: 'InternalError', message: 'internal error; the server log has the details' } };
    if (error instanceof WhosaidError) {
      status = error.status;
      payload = { error: { ...error.details, name: error.name, message: error.message } };
      if (error instanceof MethodNotAllowedError) res.set('Allow', error.allow.join(', '));
    } else if (isHttpClientError(error)) {
      status = error.status;
      payload = { error: { name: 'InvalidInputError', message: error.message } };
    }
    if (status >= 500) {
      logger.error({
        msg: 'request failed', method: req.method, path: req.originalUrl, status,
        name: error?.name, message: error?.message, cause: error?.cause?.message,
        stack: status === 500 ? error?.stack : undefined,
      });
    }
    res.status(status).json(payload);
  };
}

// The one error handler of every route: named errors become `{error: {name, message}}` with their HTTP status.
import type { ErrorRequestHandler, Request, Response } from 'express';
import { MethodNotAllowedError, WhosaidError } from '../errors';
import type { Logger } from './logger';
import type { ErrorPayload } from '../contract';

/** Express's router and parsers mark client mistakes (a malformed URL escape, a body too large) with a 4xx `status`. */
function isHttpClientError(error: unknown): error is { status: number; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Answers `error` on `res` and logs one line on stderr for a server-side failure (5xx), with its cause. */
export type ErrorResponder = (error: any, req: Request, res: Response) => void;

export function errorResponder(logger: Logger): ErrorResponder {
  return (error, req, res) => {
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
        name: error?.name, message: error?.message, cause: error?.cause?.message, code: error?.cause?.code,
        stack: status === 500 ? error?.stack : undefined,
      });
    }
    res.status(status).json(payload);
  };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  const respond = errorResponder(logger);
  return (error, req, res, next) => {
    // Answered already, by the request's deadline: what the handler met afterwards changes nothing for the client.
    if (res.writableEnded) return;
    if (res.headersSent) return next(error);
    respond(error, req, res);
  };
}

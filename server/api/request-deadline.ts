// Gives every request a deadline: whatever it waits on, the client has an answer, a 503, by then.
import type { RequestHandler } from 'express';
import { DeadlineExceededError } from '../errors';
import type { ErrorResponder } from './error-handler';

export function requestDeadline(timeoutMs: number, respond: ErrorResponder): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      respond(new DeadlineExceededError(`${req.method} ${req.originalUrl.slice(0, 200)}: no answer within ${timeoutMs} ms; try again later`), req, res);
    }, timeoutMs);
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}

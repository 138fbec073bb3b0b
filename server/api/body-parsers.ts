// Reads request bodies for the routes that take them: JSON, plain text and multipart uploads, each within the size limit.
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import multer, { MulterError } from 'multer';
import { InvalidInputError, PayloadTooLargeError } from '../errors';

/** Content types a route may take, each with its parser. */
const PARSERS: Record<string, (limit: number) => RequestHandler> = {
  'application/json': (limit) => express.json({ limit, type: 'application/json' }),
  'text/plain': (limit) => express.text({ limit, type: 'text/plain' }),
  'multipart/form-data': (limit) => multer({ storage: multer.memoryStorage(), limits: { fileSize: limit, files: 1000, fields: 100 } }).any(),
};

/** The largest body a route reads, and the setting that sets it (named in the 413 answer). */
export interface BodyLimit {
  bytes: number;
  setting: string;
}

export function bodyParsers(types: string[], { bytes: limitBytes, setting }: BodyLimit): (RequestHandler | ErrorRequestHandler)[] {
  const tooLarge = (where: string) => new PayloadTooLargeError(`${where}: the body is larger than this server accepts (${limitBytes} bytes; ${setting})`);
  const checkLength: RequestHandler = (req, _res, next) => {
    const where = `${req.method} ${req.baseUrl}${req.path}`;
    if (Number(req.get('content-length') ?? 0) > limitBytes) throw tooLarge(where);
    if (req.get('content-length') !== '0' && req.get('content-type') && !types.some((type) => req.is(type))) {
      throw new InvalidInputError(`${where}: send ${types.join(', ')}, not ${req.get('content-type')}`);
    }
    next();
  };
  const named: ErrorRequestHandler = (error, req, _res, next) => {
    const where = `${req.method} ${req.baseUrl}${req.path}`;
    if (error?.type === 'entity.too.large' || (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE')) return next(tooLarge(where));
    if (error instanceof MulterError) return next(new InvalidInputError(`${where}: ${error.message}${error.field ? ` (${error.field})` : ''}`));
    if (error?.type === 'entity.parse.failed') return next(new InvalidInputError(`${where}: the body is not valid JSON (${error.message})`));
    next(error);
  };
  return [checkLength, ...types.map((type) => PARSERS[type](limitBytes)), named];
}

// Guards the routes that write: a bearer token from WHOSAID_WRITE_TOKEN, compared in constant time; no token set, no writes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthorizedError, WritesDisabledError } from '../errors';

const HOW_TO_TURN_ON = 'start the server with WHOSAID_WRITE_TOKEN set to a secret of 16 characters or more '
  + '(openssl rand -hex 24) and send it as "Authorization: Bearer <token>"';

export function requireWriteToken(token: string | null): RequestHandler {
  const expected = token === null ? null : digest(token);
  return (req, res, next) => {
    const where = `${req.method} ${req.baseUrl}${req.path}`;
    if (expected === null) throw new WritesDisabledError(`${where}: writes are off on this server; to turn them on, ${HOW_TO_TURN_ON}`);
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    res.set('WWW-Authenticate', 'Bearer realm="whosaid writes"');
    if (sent === undefined) throw new UnauthorizedError(`${where}: writes need the token: send "Authorization: Bearer <WHOSAID_WRITE_TOKEN>"`);
    // Digests have the same length whatever was sent, so the comparison takes the same time for every guess.
    if (!timingSafeEqual(digest(sent), expected)) throw new UnauthorizedError(`${where}: the bearer token is not this server's write token`);
    res.removeHeader('WWW-Authenticate');
    next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

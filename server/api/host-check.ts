// Answers only requests addressed to this server by a name it expects, so DNS rebinding cannot reach the API from a web page.
//
// A page on evil.example whose name is made to resolve to 127.0.0.1 still sends "Host: evil.example"; only loopback
// names and the ones configured (HOST, ALLOWED_HOSTS) get through, with or without a port.
import type { RequestHandler } from 'express';
import { MisdirectedRequestError } from '../errors';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** The name part of a Host header: "[::1]:3000" gives "[::1]", "Example.org:80" gives "example.org". */
export function hostName(header: string): string {
  const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0];
  return name.toLowerCase();
}

/** `extraNames`: names accepted besides the loopback ones; an IPv6 address may come with or without brackets. */
export function hostCheck(extraNames: string[]): RequestHandler {
  const allowed = new Set([...LOOPBACK_NAMES, ...extraNames.map((name) => (name.includes(':') && !name.startsWith('[') ? `[${name}]` : name).toLowerCase())]);
  return (req, _res, next) => {
    const header = req.headers.host ?? '';
    if (allowed.has(hostName(header))) return next();
    next(new MisdirectedRequestError(
      `host: this server does not answer to the name '${header.slice(0, 100)}'; it answers to ${[...allowed].join(', ')} `
        + '(set ALLOWED_HOSTS to add a name)',
    ));
  };
}

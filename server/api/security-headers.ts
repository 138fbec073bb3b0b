// The security headers of every answer, from helmet: a CSP that allows the app's own files only, no framing, no referrer.
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Cytoscape.js inserts this one stylesheet into the page (its canvas container must not be position:static); it is
 * allowed by its hash, so no other inline style is. A browser test fails on any CSP violation, should it change.
 */
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';

function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", styleHash(CYTOSCAPE_CONTAINER_STYLE)],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain HTTP on loopback: a Strict-Transport-Security header would only be ignored.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}

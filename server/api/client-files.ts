// Serves the built explorer (client/dist: index.html, style.css, the bundle), compressed at build time, and nothing
// else, with a short plain 404.
import { join } from 'node:path';
import { Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Where `npm run build:client` writes the explorer; the sources beside it are never served. */
export const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

export function clientFiles(directory: string = CLIENT_DIST): Router {
  const router = Router();
  // The build writes a .br and a .gz beside each file (scripts/precompress.ts): sent as they are, the page's 0.7 MB
  // bundle is not compressed again for every load. express-static-gzip lists those copies once, when the server
  // starts: a file built later is sent plain (and compressed on the fly). Dotfiles stay hidden and no directory listing
  // is made; `index` serves index.html at /.
  const files = expressStaticGzip(directory, {
    enableBrotli: true, orderPreference: ['br', 'gzip'], index: 'index.html',
    serveStatic: { dotfiles: 'ignore', fallthrough: true, index: 'index.html', redirect: false },
  });
  router.use((req, res, next) => {
    // Files are read, never posted to; a path that cannot be decoded names none (the plain 404 below, not
    // express-static-gzip's own 400 page).
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !decodable(req.path)) return next();
    files(req, res, next);
  });
  router.use((req, res) => {
    // express-static-gzip labels the answer compressed before it knows the file exists (a copy listed at start-up
    // and since removed, a dotfile): the 404 must go out as the plain text it is.
    res.removeHeader('Content-Encoding');
    res.status(404).type('text/plain').send(`404: nothing at ${req.path.slice(0, 200)}; the explorer is at /\n`);
  });
  return router;
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

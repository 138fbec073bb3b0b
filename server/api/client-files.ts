// Serves the built explorer (client/dist: index.html, style.css, the bundle) and nothing else, with a short plain 404.
import { join } from 'node:path';
import express, { Router } from 'express';

/** Where `npm run build:client` writes the explorer; the sources beside it are never served. */
export const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

export function clientFiles(directory: string = CLIENT_DIST): Router {
  const router = Router();
  // Dotfiles stay hidden and no directory listing is made; `index` serves index.html at /.
  router.use(express.static(directory, { dotfiles: 'ignore', fallthrough: true, index: 'index.html', redirect: false }));
  router.use((req, res) => {
    res.status(404).type('text/plain').send(`404: nothing at ${req.path.slice(0, 200)}; the explorer is at /\n`);
  });
  return router;
}

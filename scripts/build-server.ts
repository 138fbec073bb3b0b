// Bundles the server (server/start.ts) into node_modules/.cache/whosaid/programs/server/start.js, which `npm start` runs
// with plain node: no TypeScript compiler at start-up, and no source-map support slowing every stack trace down.
import { programBundle } from '../server/bundle';

programBundle('server/start.ts').then(
  (file) => process.stderr.write(`build:server: ${file}\n`),
  (error: unknown) => {
    process.stderr.write(`build:server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

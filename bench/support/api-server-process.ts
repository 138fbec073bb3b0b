// The API server of the benchmark, in a process of its own so that the load generator does not share its event loop.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/api/app';
import { defaultLimits } from '../../server/config';
import { connectDatabase } from '../../server/graph/database';

const db = connectDatabase({
  uri: process.env.BENCH_NEO4J_URI!, user: process.env.BENCH_NEO4J_USER ?? 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD ?? '',
});
// The rate limit protects a shared server from one client; the benchmark is that one client, on purpose.
const limits = { ...defaultLimits(), rateLimit: 10_000_000 };
// BENCH_CYPHER_SLOTS lifts the bound on analysts' queries running at once (4 by default), so that a run can tell the
// API's own cost from the queueing that bound causes on purpose.
const slots = Number(process.env.BENCH_CYPHER_SLOTS) || undefined;
const server = createApp({ db, limits, analyst: slots ? { concurrency: slots } : {}, logger: { info: () => undefined, error: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`) } })
  .listen(0, '127.0.0.1', () => process.stdout.write(`BENCH_API_PORT ${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => server.close(() => db.close().then(() => process.exit(0))));

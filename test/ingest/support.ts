// Helpers of the ingest tests: run the ingest in-process or as the CLI against the test Neo4j, and read the graph.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import type { Database } from '../../server/graph/database';
import type { ArticleResult } from '../../server/ingest/article-result';
import { ingest } from '../../server/ingest/ingest';
import { inlinePreparer } from '../../server/ingest/inline-preparer';
import { DEFAULT_MAX_CHARS } from '../../server/ingest/limits';
import type { RawInput } from '../../server/ingest/raw-article';
import { inputsFrom } from '../../server/ingest/sources/inputs';
import { clearDatabase, testDriver, testNeo4jSettings } from '../support/database';

export const PROJECT = path.join(__dirname, '..', '..');

/** Mocha hooks for an ingest suite: a connection with the schema, an empty graph and a fresh folder for each test. */
export function useIngestWorkspace(): { readonly db: Database; readonly folder: string } {
  const workspace = {} as { db: Database; folder: string };
  before(async () => {
    workspace.db = connectDatabase(testNeo4jSettings());
    await applySchema(workspace.db);
  });
  beforeEach(async () => {
    await clearDatabase();
    workspace.folder = mkdtempSync(path.join(os.tmpdir(), 'whosaid-ingest-'));
  });
  afterEach(() => rmSync(workspace.folder, { recursive: true, force: true }));
  after(() => workspace.db.close());
  return workspace;
}

/** Ingests paths in this process (inline extraction) and returns every result. */
export async function ingestPaths(db: Database, paths: string[]): Promise<ArticleResult[]> {
  return ingestInputs(db, (await inputsFrom(paths)).items);
}

export async function ingestInputs(db: Database, inputs: AsyncIterable<RawInput> | RawInput[]): Promise<ArticleResult[]> {
  const results: ArticleResult[] = [];
  const items = Symbol.asyncIterator in inputs ? inputs : (async function* () { yield* inputs; })();
  await ingest(items, { preparer: inlinePreparer({ maxChars: DEFAULT_MAX_CHARS }), db, batch: { articles: 7, characters: 1_000_000 }, onResult: (r) => results.push(r) });
  return results;
}

export function textArticle(origin: string, body: string, meta: Record<string, string> = {}): RawInput {
  return { kind: 'article', origin, format: 'text', body, meta, messages: [] };
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run ingest -- args` (as node + ts-node, without npm's own output) against the test Neo4j. */
export interface CliOptions {
  stdin?: string;
  jobs?: number;
  /** Run on a pseudo-terminal (through script(1)): what the command draws arrives on stdout. */
  terminal?: boolean;
  onStderr?: (text: string, kill: () => void) => void;
  /**
   * The settings that choose the database, instead of the test Neo4j as NEO4J_URI: no NEO4J_URI is passed then, so
   * the command finds (or starts) the embedded Neo4j of the WHOSAID_DATA_DIR given here, as it does for a user.
   */
  embedded?: { WHOSAID_DATA_DIR: string; NEO4J_BOLT_PORT?: string };
}

export function runIngestCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const command = [process.execPath, require.resolve('ts-node/dist/bin'), path.join(PROJECT, 'server/ingest/cli/main.ts'), '--jobs', String(options.jobs ?? 1), ...args];
  const [program, ...programArgs] = options.terminal
    ? ['script', '--quiet', '--return', '--command', command.map(shellQuote).join(' '), '/dev/null']
    : command;
  const child = spawn(program, programArgs, {
    cwd: PROJECT,
    env: { ...databaseEnvironment(options), TS_NODE_TRANSPILE_ONLY: 'true' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    options.onStderr?.(stderr, () => child.kill('SIGKILL'));
  });
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function databaseEnvironment({ embedded }: CliOptions): NodeJS.ProcessEnv {
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, NEO4J_DATABASE: _database, ...inherited } = process.env;
  if (embedded) return { ...inherited, ...embedded };
  const { uri, user, password } = testNeo4jSettings();
  return { ...inherited, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password || 'unused' };
}

/** Node keys, and relationships as "from-TYPE->to", sorted: two graphs with the same lists are the same graph. */
export async function graphShape(): Promise<{ nodes: string[]; relationships: string[] }> {
  const driver = testDriver();
  const nodes = await driver.executeQuery('MATCH (n) RETURN coalesce(n.key, n.id) AS key ORDER BY key');
  const relationships = await driver.executeQuery(`MATCH (a)-[r]->(b)
    RETURN coalesce(a.key, a.id) + '-' + type(r) + '->' + coalesce(b.key, b.id) AS edge ORDER BY edge`);
  return {
    nodes: nodes.records.map((record) => record.get('key') as string),
    relationships: relationships.records.map((record) => record.get('edge') as string),
  };
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// Reads whosaid's settings from the environment once, validated, with errors that name the variable at fault.
import path from 'node:path';
import { z } from 'zod';
import { defaultDataDir } from './embedded-neo4j/paths';
import { ConfigError } from './errors';
import { DEFAULT_ANALYST_LIMITS, type AnalystLimits } from './use-cases/analyst-limits';
import { DEFAULT_ANSWER_CACHE, type AnswerCacheSettings } from './use-cases/answer-cache';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
}

/** Where the embedded Neo4j keeps its data and listens, when no NEO4J_URI is set. */
export interface EmbeddedSettings {
  dataDir: string;
  /** 0 binds any free port. */
  boltPort: number;
}

export interface WriteSettings {
  /** WHOSAID_WRITE_TOKEN: the bearer token writes must carry; null turns writes off. */
  token: string | null;
  /** WHOSAID_BODY_LIMIT: the largest body (or uploaded file) a write route accepts, in bytes. */
  bodyLimitBytes: number;
}

/** What bounds a request: its deadline, its queries' time, how often a client may ask for expensive answers, body size. */
export interface Limits {
  requestTimeoutMs: number;
  queryTimeoutMs: number;
  /** The deadline, and the transactions' time limit, of routes that may run long: writes, whole-graph exports. */
  longRequestTimeoutMs: number;
  /** Requests a client may make to the expensive routes within `rateWindowMs`. */
  rateLimit: number;
  rateWindowMs: number;
  /** The largest JSON body a route that does not write accepts, in bytes (a Cypher query, an export selection). */
  jsonBodyLimitBytes: number;
}

export interface Config {
  port: number;
  /** The address the HTTP server binds; loopback unless HOST opens it. */
  host: string;
  /** Host header names accepted besides localhost, 127.0.0.1, [::1] and HOST. */
  allowedHosts: string[];
  /** Null when no NEO4J_URI is set: the caller then starts the project's own embedded Neo4j. */
  neo4j: Neo4jSettings | null;
  embedded: EmbeddedSettings;
  limits: Limits;
  writes: WriteSettings;
  /** Bounds of the analysts' read-only Cypher (POST /api/cypher and the saved questions). */
  analyst: AnalystLimits;
  /** How many read answers are kept until the graph changes, and how soon a change made elsewhere is seen. */
  answers: AnswerCacheSettings;
}

export const DEFAULT_BOLT_PORT = 7687;
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const PORT_MESSAGE = 'must be a port number from 0 to 65535';
const unset = (value: unknown) => (value === '' ? undefined : value);

const port = (fallback: number) => z.preprocess(unset, z.string()
  .regex(/^\d{1,5}$/, { message: PORT_MESSAGE })
  .transform(Number)
  .refine((value) => value <= 65535, { message: PORT_MESSAGE })
  .default(fallback));

const milliseconds = (fallback: number, min: number, max: number) => z.preprocess(unset, z.string()
  .regex(/^\d+$/, { message: `must be a whole number of milliseconds from ${min} to ${max}` })
  .transform(Number)
  .refine((value) => value >= min && value <= max, { message: `must be a whole number of milliseconds from ${min} to ${max}` })
  .default(fallback));

const size = (fallback: string) => z.preprocess(unset, z.string()
  .regex(/^\d+(?:\.\d+)?\s*(?:kb|mb|b)$/i, { message: 'must be a size with its unit, such as 500kb or 20mb' })
  .default(fallback)
  .transform(bytes));

/** A whole number in [min, max] from an environment variable, or `fallback` when it is unset. */
const wholeNumber = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(unset, z.string().regex(/^\d+$/, { message }).optional())
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .refine((value) => value >= min && value <= max, { message });
};

const hostName = /^(\[[0-9a-fA-F:.]+\]|[0-9a-fA-F:.]+|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$/;

const environment = z.object({
  PORT: port(3000),
  HOST: z.preprocess(unset, z.string().regex(hostName, { message: 'must be an IP address or a host name' }).default('127.0.0.1')),
  ALLOWED_HOSTS: z.preprocess(unset, z.string()
    .transform((list) => list.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))
    .refine((names) => names.every((name) => hostName.test(name)), { message: 'must be a comma-separated list of host names' })
    .default([])),
  NEO4J_URI: z.preprocess(unset, z.string().refine(
    (uri) => NEO4J_SCHEMES.some((scheme) => uri.startsWith(`${scheme}://`)),
    { message: `must start with one of ${NEO4J_SCHEMES.map((scheme) => `${scheme}://`).join(', ')}` },
  ).optional()),
  NEO4J_USER: z.preprocess(unset, z.string().optional()),
  WHOSAID_WRITE_TOKEN: z.preprocess(unset, z.string()
    .min(16, { message: 'must be at least 16 characters (a random string: openssl rand -hex 24)' }).optional()),
  WHOSAID_BODY_LIMIT: size('20mb'),
  NEO4J_PASSWORD: z.preprocess(unset, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(unset, z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.\-]*$/, {
    message: 'must be a database name (letters, digits, dots and dashes)',
  }).optional()),
  NEO4J_BOLT_PORT: port(DEFAULT_BOLT_PORT),
  WHOSAID_DATA_DIR: z.preprocess(unset, z.string().optional()),
  REQUEST_TIMEOUT_MS: milliseconds(4_500, 100, 600_000),
  QUERY_TIMEOUT_MS: milliseconds(3_000, 100, 600_000),
  RATE_LIMIT: z.preprocess(unset, z.string()
    .regex(/^[1-9]\d{0,6}$/, { message: 'must be a whole number of requests from 1 to 9999999' })
    .transform(Number)
    .default(120)),
  RATE_LIMIT_WINDOW_MS: milliseconds(60_000, 1_000, 86_400_000),
  CYPHER_TIMEOUT_MS: wholeNumber(100, 600_000, DEFAULT_ANALYST_LIMITS.timeoutMs),
  CYPHER_MAX_ROWS: wholeNumber(1, 1_000_000, DEFAULT_ANALYST_LIMITS.maxRows),
  CYPHER_MAX_BYTES: wholeNumber(1_024, 1_073_741_824, DEFAULT_ANALYST_LIMITS.maxBytes),
  CYPHER_CONCURRENCY: wholeNumber(1, 64, DEFAULT_ANALYST_LIMITS.concurrency),
  JSON_BODY_LIMIT: size('1mb'),
  LONG_REQUEST_TIMEOUT_MS: milliseconds(300_000, 1_000, 3_600_000),
  ANSWER_CACHE: size(`${DEFAULT_ANSWER_CACHE.maxBytes / 1024 / 1024}mb`),
  ANSWER_CACHE_RECHECK_MS: milliseconds(DEFAULT_ANSWER_CACHE.recheckMs, 0, 600_000),
  ANSWER_CACHE_MAX_AGE_MS: milliseconds(DEFAULT_ANSWER_CACHE.maxAgeMs, 1_000, 86_400_000),
});

const EMBEDDED_ONLY = ['NEO4J_BOLT_PORT', 'WHOSAID_DATA_DIR'] as const;
const EXTERNAL_ONLY = ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`config: ${issue.path.join('.')} ${issue.message}`);
  }
  const settings = parsed.data;
  if (settings.QUERY_TIMEOUT_MS >= settings.REQUEST_TIMEOUT_MS) {
    throw new ConfigError(`config: QUERY_TIMEOUT_MS (${settings.QUERY_TIMEOUT_MS}) must be less than REQUEST_TIMEOUT_MS `
      + `(${settings.REQUEST_TIMEOUT_MS}), so that a slow query is answered before the request's deadline`);
  }
  const common = {
    port: settings.PORT,
    host: settings.HOST,
    allowedHosts: settings.ALLOWED_HOSTS,
    embedded: {
      dataDir: settings.WHOSAID_DATA_DIR ? path.resolve(settings.WHOSAID_DATA_DIR) : defaultDataDir(),
      boltPort: settings.NEO4J_BOLT_PORT,
    },
    limits: {
      requestTimeoutMs: settings.REQUEST_TIMEOUT_MS,
      queryTimeoutMs: settings.QUERY_TIMEOUT_MS,
      longRequestTimeoutMs: settings.LONG_REQUEST_TIMEOUT_MS,
      rateLimit: settings.RATE_LIMIT,
      rateWindowMs: settings.RATE_LIMIT_WINDOW_MS,
      jsonBodyLimitBytes: settings.JSON_BODY_LIMIT,
    },
    writes: {
      token: settings.WHOSAID_WRITE_TOKEN ?? null,
      bodyLimitBytes: settings.WHOSAID_BODY_LIMIT,
    },
    analyst: {
      timeoutMs: settings.CYPHER_TIMEOUT_MS,
      maxRows: settings.CYPHER_MAX_ROWS,
      maxBytes: settings.CYPHER_MAX_BYTES,
      concurrency: settings.CYPHER_CONCURRENCY,
    },
    answers: { maxBytes: settings.ANSWER_CACHE, recheckMs: settings.ANSWER_CACHE_RECHECK_MS, maxAgeMs: settings.ANSWER_CACHE_MAX_AGE_MS },
  };
  if (!settings.NEO4J_URI) {
    const stray = EXTERNAL_ONLY.find((name) => settings[name]);
    if (stray) throw new ConfigError(`config: ${stray} is set but NEO4J_URI is not; set NEO4J_URI too or unset ${stray}`);
    return { ...common, neo4j: null };
  }
  const strayEmbedded = EMBEDDED_ONLY.find((name) => env[name]);
  if (strayEmbedded) {
    throw new ConfigError(`config: ${strayEmbedded} applies to the embedded Neo4j only, but NEO4J_URI is set; unset one of them`);
  }
  if (!settings.NEO4J_PASSWORD) throw new ConfigError('config: NEO4J_PASSWORD must be set when NEO4J_URI is set');
  return {
    ...common,
    neo4j: { uri: settings.NEO4J_URI, user: settings.NEO4J_USER ?? 'neo4j', password: settings.NEO4J_PASSWORD, database: settings.NEO4J_DATABASE },
  };
}

/** The limits with every default, for code and tests that build an app without reading the environment. */
export function defaultLimits(): Limits {
  return readConfig({}).limits;
}

/** "20mb" as bytes (kb and mb are binary multiples, as Express reads them). */
function bytes(size: string): number {
  const [, number, unit = 'b'] = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(size.trim())!;
  const scale: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };
  return Math.round(Number(number) * scale[unit.toLowerCase() || 'b']);
}

/** The write settings with every default (writes off), for code and tests that build an app without reading the environment. */
export function defaultWrites(): WriteSettings {
  return readConfig({}).writes;
}

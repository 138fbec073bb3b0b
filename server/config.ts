// Reads whosaid's settings from the environment once, validated, with errors that name the variable at fault.
import path from 'node:path';
import { z } from 'zod';
import { defaultDataDir } from './embedded-neo4j/paths';
import { ConfigError } from './errors';

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

/** What bounds a request: its deadline, its queries' time, how often a client may ask for expensive answers, body size. */
export interface Limits {
  requestTimeoutMs: number;
  queryTimeoutMs: number;
  /** Requests a client may make to the expensive routes within `rateWindowMs`. */
  rateLimit: number;
  rateWindowMs: number;
  /** The largest JSON body a route accepts, in the form body parsers take ("1mb", "200kb"). */
  jsonBodyLimit: string;
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
  JSON_BODY_LIMIT: z.preprocess(unset, z.string()
    .regex(/^\d{1,6}(b|kb|mb)$/i, { message: 'must be a size such as 200kb or 1mb' })
    .default('1mb')),
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
      rateLimit: settings.RATE_LIMIT,
      rateWindowMs: settings.RATE_LIMIT_WINDOW_MS,
      jsonBodyLimit: settings.JSON_BODY_LIMIT.toLowerCase(),
    },
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

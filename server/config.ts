// Reads whosaid's settings from the environment once, validated, with errors that name the variable at fault.
import { z } from 'zod';
import { ConfigError } from './errors';
import { DEFAULT_ANALYST_LIMITS, type AnalystLimits } from './use-cases/analyst-limits';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
}

export interface Config {
  port: number;
  /** Null when no NEO4J_URI is set: the caller then starts the project's own embedded Neo4j. */
  neo4j: Neo4jSettings | null;
  /** Bounds of the analysts' read-only Cypher (POST /api/cypher and the saved questions). */
  analyst: AnalystLimits;
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const PORT_MESSAGE = 'must be a port number from 0 to 65535';
const unset = (value: unknown) => (value === '' ? undefined : value);

/** A whole number in [min, max] from an environment variable, or `fallback` when it is unset. */
const wholeNumber = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(unset, z.string().regex(/^\d+$/, { message }).optional())
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .refine((value) => value >= min && value <= max, { message });
};

const environment = z.object({
  CYPHER_TIMEOUT_MS: wholeNumber(100, 600_000, DEFAULT_ANALYST_LIMITS.timeoutMs),
  CYPHER_MAX_ROWS: wholeNumber(1, 1_000_000, DEFAULT_ANALYST_LIMITS.maxRows),
  CYPHER_MAX_BYTES: wholeNumber(1_024, 1_073_741_824, DEFAULT_ANALYST_LIMITS.maxBytes),
  CYPHER_CONCURRENCY: wholeNumber(1, 64, DEFAULT_ANALYST_LIMITS.concurrency),
  PORT: z.preprocess(unset, z.string()
    .regex(/^\d{1,5}$/, { message: PORT_MESSAGE })
    .transform(Number)
    .refine((port) => port <= 65535, { message: PORT_MESSAGE })
    .default(3000)),
  NEO4J_URI: z.preprocess(unset, z.string().refine(
    (uri) => NEO4J_SCHEMES.some((scheme) => uri.startsWith(`${scheme}://`)),
    { message: `must start with one of ${NEO4J_SCHEMES.map((scheme) => `${scheme}://`).join(', ')}` },
  ).optional()),
  NEO4J_USER: z.preprocess(unset, z.string().optional()),
  NEO4J_PASSWORD: z.preprocess(unset, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(unset, z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.\-]*$/, {
    message: 'must be a database name (letters, digits, dots and dashes)',
  }).optional()),
});

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`config: ${issue.path.join('.')} ${issue.message}`);
  }
  const { PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  const analyst: AnalystLimits = {
    timeoutMs: parsed.data.CYPHER_TIMEOUT_MS,
    maxRows: parsed.data.CYPHER_MAX_ROWS,
    maxBytes: parsed.data.CYPHER_MAX_BYTES,
    concurrency: parsed.data.CYPHER_CONCURRENCY,
  };
  if (!NEO4J_URI) {
    const stray = (['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const).find((name) => parsed.data[name]);
    if (stray) throw new ConfigError(`config: ${stray} is set but NEO4J_URI is not; set NEO4J_URI too or unset ${stray}`);
    return { port: PORT, neo4j: null, analyst };
  }
  if (!NEO4J_PASSWORD) throw new ConfigError('config: NEO4J_PASSWORD must be set when NEO4J_URI is set');
  return {
    port: PORT,
    analyst,
    neo4j: { uri: NEO4J_URI, user: NEO4J_USER ?? 'neo4j', password: NEO4J_PASSWORD, database: NEO4J_DATABASE },
  };
}

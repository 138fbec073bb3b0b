// Reads whosaid's settings from the environment once, validated, with errors that name the variable at fault.
import { z } from 'zod';
import { ConfigError } from './errors';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
}

export interface WriteSettings {
  /** WHOSAID_WRITE_TOKEN: the bearer token writes must carry; null turns writes off. */
  token: string | null;
  /** WHOSAID_BODY_LIMIT: the largest request body (or uploaded file) accepted, in bytes. */
  bodyLimitBytes: number;
}

export const DEFAULT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export interface Config {
  port: number;
  writes: WriteSettings;
  /** Null when no NEO4J_URI is set: the caller then starts the project's own embedded Neo4j. */
  neo4j: Neo4jSettings | null;
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const PORT_MESSAGE = 'must be a port number from 0 to 65535';
const unset = (value: unknown) => (value === '' ? undefined : value);

const environment = z.object({
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
  WHOSAID_WRITE_TOKEN: z.preprocess(unset, z.string()
    .min(16, { message: 'must be at least 16 characters (a random string: openssl rand -hex 24)' }).optional()),
  WHOSAID_BODY_LIMIT: z.preprocess(unset, z.string()
    .regex(/^\d+(?:\.\d+)?\s*(?:kb|mb|b)?$/i, { message: 'must be a size such as 500kb or 20mb' })
    .transform(bytes).optional()),
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
  const { PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, WHOSAID_WRITE_TOKEN, WHOSAID_BODY_LIMIT } = parsed.data;
  const writes = { token: WHOSAID_WRITE_TOKEN ?? null, bodyLimitBytes: WHOSAID_BODY_LIMIT ?? DEFAULT_BODY_LIMIT_BYTES };
  if (!NEO4J_URI) {
    const stray = (['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const).find((name) => parsed.data[name]);
    if (stray) throw new ConfigError(`config: ${stray} is set but NEO4J_URI is not; set NEO4J_URI too or unset ${stray}`);
    return { port: PORT, writes, neo4j: null };
  }
  if (!NEO4J_PASSWORD) throw new ConfigError('config: NEO4J_PASSWORD must be set when NEO4J_URI is set');
  return {
    port: PORT,
    writes,
    neo4j: { uri: NEO4J_URI, user: NEO4J_USER ?? 'neo4j', password: NEO4J_PASSWORD, database: NEO4J_DATABASE },
  };
}

/** "20mb" as bytes (kb and mb are binary multiples, as Express reads them). */
function bytes(size: string): number {
  const [, number, unit = 'b'] = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(size.trim())!;
  const scale: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };
  return Math.round(Number(number) * scale[unit.toLowerCase() || 'b']);
}

// Writes the OpenAPI 3.1 document of the API from the route declarations and the contract's zod schemas.
import { z } from 'zod';
import type { Route } from './route';
import { errorPayload } from '../contract';

type JsonSchema = Record<string, unknown>;

const ERROR_RESPONSES: Record<number, string> = {
  400: 'The request is invalid; the message names the parameter and what is wrong.',
  421: 'The Host header names a host this server does not answer to.',
  503: 'Neo4j is unavailable, stalled or too slow, or the request had no answer by its deadline; try again later.',
};

const RATE_LIMITED = 'Too many requests to expensive routes from this client; Retry-After says how many seconds to wait.';

/** What a route that writes may answer besides, from the token check and the body limit. */
const WRITE_ERROR_RESPONSES: Record<number, string> = {
  401: 'No bearer token, or not this server\'s write token.',
  403: 'Writes are off on this server: it was started without WHOSAID_WRITE_TOKEN.',
  413: 'The body is larger than the server accepts (WHOSAID_BODY_LIMIT).',
};

/** The bearer token of write routes, named in each one's `security`. */
const SECURITY_SCHEMES = {
  writeToken: { type: 'http', scheme: 'bearer', description: 'The server\'s WHOSAID_WRITE_TOKEN, sent as "Authorization: Bearer <token>".' },
};

/** Bodies that are not JSON, as OpenAPI describes them; JSON bodies take the route's schema. */
const OTHER_BODIES: Record<string, JsonSchema> = {
  'text/plain': { type: 'string', description: 'One article\'s text.' },
  'multipart/form-data': {
    type: 'object',
    properties: {
      files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' }, description: 'Article files (.txt, .md, .html), any field name.' },
      text: { type: 'string', description: 'A pasted article.' },
    },
  },
};

/** JSON Schema 2020-12, which OpenAPI 3.1 uses as is; `io` picks what a request accepts or a response holds. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** OpenAPI's named examples: `{example1: {value}, ...}`. */
function namedExamples(values: unknown[]): JsonSchema {
  return Object.fromEntries(values.map((value, index) => [`example${index + 1}`, { value }]));
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query', examples: Record<string, string>[] = []): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    const values = examples.filter((example) => name in example).map((example) => example[name]);
    return {
      name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
      ...(values.length > 0 ? { examples: namedExamples(values) } : {}),
    };
  });
}

function operation(route: Route): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const contentType = spec.contentType ?? (spec.schema ? 'application/json' : undefined);
    responses[status] = {
      description: spec.description,
      ...(contentType ? { content: { [contentType]: spec.schema ? { schema: jsonSchema(spec.schema, 'output') } : {} } } : {}),
    };
  }
  const errors = {
    ...ERROR_RESPONSES,
    ...(route.expensive ? { 429: RATE_LIMITED } : {}),
    ...(route.write ? WRITE_ERROR_RESPONSES : {}),
  };
  for (const [status, description] of Object.entries(errors)) {
    responses[status] ??= { description, content: { 'application/json': { schema: jsonSchema(errorPayload, 'output') } } };
  }
  const bodySchema = route.body ? jsonSchema(route.body, 'input') : undefined;
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: [...parameters(route.params, 'path', route.examples?.params), ...parameters(route.query, 'query', route.examples?.query)],
    ...(bodySchema ? {
      requestBody: {
        required: true,
        content: Object.fromEntries((route.bodyTypes ?? ['application/json']).map((type) => [type, {
          schema: OTHER_BODIES[type] ?? bodySchema,
          ...(route.examples?.body && !OTHER_BODIES[type] ? { examples: namedExamples(route.examples.body) } : {}),
        }])),
      },
    } : {}),
    ...(route.write ? { security: [{ writeToken: [] }] } : {}),
    responses,
  };
}

/** "/nodes/:id" under /api becomes "/api/nodes/{id}". */
export function openApiPath(path: string): string {
  return `/api${path}`.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

export function openApiDocument(routes: Route[], info: { title: string; version: string; description: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return { openapi: '3.1.0', info, paths, components: { securitySchemes: SECURITY_SCHEMES } };
}
